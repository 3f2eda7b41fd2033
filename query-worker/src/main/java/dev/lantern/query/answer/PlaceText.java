package dev.lantern.query.answer;

import dev.lantern.core.model.Location;

/**
 * The full text of a place, line {@code start} first: its snippet holds only the first lines, and
 * the line an answer quotes (a message, a value) may be further down.
 */
@FunctionalInterface
public interface PlaceText {
  String of(Location place);

  /** Only what the place carries: its snippet. */
  static PlaceText snippets() {
    return Location::snippet;
  }

  /** Lines {@code start..end} (1-based, inclusive) of {@code text}. */
  static String lines(String text, int start, int end) {
    return text.lines()
        .skip(Math.max(0, start - 1))
        .limit(Math.max(0, end - start + 1))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }
}
