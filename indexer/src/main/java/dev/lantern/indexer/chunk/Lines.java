package dev.lantern.indexer.chunk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file's lines, split at {@code \n} as tree-sitter counts rows, with O(1) text, size, blankness
 * and indentation per 0-based row, and the row of a UTF-8 byte offset (tree-sitter positions are
 * bytes, Java strings are UTF-16, so the two are kept side by side instead of converted).
 */
final class Lines {
  private final String text;
  private final byte[] utf8;
  private final int count;

  /**
   * Char offset where each row starts; {@code charStarts[count]} is one past the last row's line
   * break, or past the text when it has none, so a row ends one char before the next row starts.
   */
  private final int[] charStarts;

  /** UTF-8 byte offset where each row starts. */
  private final int[] byteStarts;

  private final boolean[] blank;
  private final int[] indent;

  Lines(String text) {
    this.text = text;
    this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    int newlines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
      }
    }
    // "a\nb" and "a\nb\n" both have two rows; "" has none.
    count = text.isEmpty() ? 0 : (text.endsWith("\n") ? newlines : newlines + 1);
    charStarts = new int[count + 1];
    byteStarts = new int[count + 1];
    blank = new boolean[count];
    indent = new int[count];
    int row = 0;
    for (int i = 0; i < text.length() && row < count; i++) {
      if (text.charAt(i) == '\n') {
        charStarts[++row] = i + 1;
      }
    }
    if (!text.endsWith("\n")) {
      charStarts[count] = text.length() + 1;
    }
    row = 0;
    // '\n' never occurs inside a multi-byte UTF-8 sequence, so bytes split into the same rows.
    for (int i = 0; i < utf8.length && row < count; i++) {
      if (utf8[i] == '\n') {
        byteStarts[++row] = i + 1;
      }
    }
    byteStarts[count] = utf8.length;
    for (int r = 0; r < count; r++) {
      int from = charStarts[r];
      int to = end(r);
      int i = from;
      while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      indent[r] = i - from;
      boolean b = true;
      for (int k = i; k < to && b; k++) {
        b = Character.isWhitespace(text.charAt(k));
      }
      blank[r] = b;
    }
  }

  String text() {
    return text;
  }

  /** The text as UTF-8, the bytes tree-sitter parses and reports offsets into. */
  byte[] utf8() {
    return utf8;
  }

  int count() {
    return count;
  }

  /**
   * Char offset just past the visible text of {@code row}: before its {@code \n} or {@code \r\n}.
   */
  private int end(int row) {
    int e = charStarts[row + 1] - 1;
    return e > charStarts[row] && text.charAt(e - 1) == '\r' ? e - 1 : e;
  }

  /** Rows {@code from..to} (0-based, inclusive) exactly as in the file, without the last break. */
  String text(int from, int to) {
    return text.substring(charStarts[from], end(to));
  }

  String line(int row) {
    return text(row, row);
  }

  /** Characters in rows {@code from..to}, counting the line breaks between them. */
  int chars(int from, int to) {
    return end(to) - charStarts[from];
  }

  boolean blank(int row) {
    return blank[row];
  }

  /** Rows {@code from..to} hold only whitespace. */
  boolean blank(int from, int to) {
    for (int r = from; r <= to; r++) {
      if (!blank[r]) {
        return false;
      }
    }
    return true;
  }

  int nonBlank(int from, int to) {
    int n = 0;
    for (int r = from; r <= to; r++) {
      n += blank[r] ? 0 : 1;
    }
    return n;
  }

  /** Leading spaces and tabs of {@code row}. */
  int indent(int row) {
    return indent[row];
  }

  /** The row holding UTF-8 byte {@code offset}; offsets past the end map to the last row. */
  int rowOfByte(int offset) {
    int i = Arrays.binarySearch(byteStarts, 0, count, offset);
    int row = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(row, count - 1));
  }
}
