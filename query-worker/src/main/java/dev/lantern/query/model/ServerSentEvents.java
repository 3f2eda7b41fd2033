package dev.lantern.query.model;

import java.util.function.Consumer;

/**
 * Splits a server-sent-events stream, fed line by line, into event data: {@code data:} lines are
 * joined until a blank line ends the event; comments ({@code :}) and other fields are ignored;
 * CR/LF line ends are both accepted.
 */
final class ServerSentEvents {
  private final Consumer<String> onData;
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;

  ServerSentEvents(Consumer<String> onData) {
    this.onData = onData;
  }

  void line(String raw) {
    String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
    if (line.isEmpty()) {
      flush();
      return;
    }
    if (line.startsWith(":")) {
      return;
    }
    if (line.startsWith("data:")) {
      String value = line.substring(5);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (hasData) {
        data.append('\n');
      }
      data.append(value);
      hasData = true;
    }
  }

  /** Ends the stream: delivers a last event that had no blank line after it. */
  void flush() {
    if (hasData) {
      String d = data.toString();
      data.setLength(0);
      hasData = false;
      onData.accept(d);
    }
  }
}
