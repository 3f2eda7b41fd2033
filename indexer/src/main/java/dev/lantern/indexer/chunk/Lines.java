package dev.lantern.indexer.chunk;

import java.util.ArrayList;
import java.util.List;

/** A file's lines with O(1) access by 0-based row; line terminators are kept in {@link #text}. */
final class Lines {
  private final String text;
  private final int[] starts;

  Lines(String text) {
    this.text = text;
    List<Integer> s = new ArrayList<>();
    s.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        s.add(i + 1);
      }
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  int count() {
    return text.isEmpty() ? 0 : starts.length;
  }

  /** Text of rows {@code from..to} (0-based, inclusive), without the final line break. */
  String text(int from, int to) {
    int end = to + 1 < starts.length ? starts[to + 1] : text.length();
    String s = text.substring(starts[from], end);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  String line(int row) {
    return text(row, row);
  }

  boolean blank(int row) {
    return line(row).isBlank();
  }

  /** Rows {@code from..to} hold only blank lines. */
  boolean blank(int from, int to) {
    for (int r = from; r <= to; r++) {
      if (!blank(r)) {
        return false;
      }
    }
    return true;
  }
}
