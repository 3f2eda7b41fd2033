package dev.lantern.indexer.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits a run of rows into consecutive windows within a {@link SizeCap}, each cut where the text
 * breaks naturally: before a blank line if there is one between {@code minLines} and the cap
 * (closest to {@code targetLines}), else before the least indented line (a statement or paragraph
 * boundary at the outermost level). Blank rows at window edges are left out. Linear in the rows.
 *
 * @param targetLines preferred window length
 * @param minLines shortest window cut on purpose (the last one may be shorter)
 * @param cap hard limit for every window but a single over-long line
 */
record LineWindows(int targetLines, int minLines, SizeCap cap) {
  /** Windows for plain text: "about 50 lines" reads as a page and embeds as a passage. */
  static final LineWindows TEXT = new LineWindows(50, 40, new SizeCap(60, 6_000));

  /** Windows for long code that has no smaller definitions to split at. */
  static final LineWindows CODE = code(SizeCap.DEFAULT);

  /**
   * Code windows within {@code cap}: two thirds of it as the target leaves room to reach a blank
   * line or a statement boundary; 100 lines for the default cap.
   */
  static LineWindows code(SizeCap cap) {
    return new LineWindows(cap.maxLines() * 2 / 3, cap.maxLines() / 3, cap);
  }

  /** Windows over rows {@code from..to} (0-based, inclusive) as {@code [start, end]} pairs. */
  List<int[]> split(Lines lines, int from, int to) {
    return split(lines, from, to, row -> true);
  }

  /**
   * As {@link #split(Lines, int, int)}, cutting after a row only where {@code cutAfter} allows
   * (say, not inside a fenced code block) unless no allowed row fits the cap.
   */
  List<int[]> split(Lines lines, int from, int to, IntPredicate cutAfter) {
    List<int[]> out = new ArrayList<>();
    while (to >= from && lines.blank(to)) {
      to--; // trailing blank rows would count against the cap for nothing
    }
    int start = from;
    while (start <= to) {
      while (start <= to && lines.blank(start)) {
        start++;
      }
      if (start > to) {
        break;
      }
      int last = start;
      while (last < to && cap.fits(lines, start, last + 1)) {
        last++;
      }
      int end = last == to ? to : cut(lines, start, last, cutAfter);
      int trimmed = end;
      while (trimmed > start && lines.blank(trimmed)) {
        trimmed--;
      }
      out.add(new int[] {start, trimmed});
      start = end + 1;
    }
    return out;
  }

  /** The row to end a window at, between {@code start + minLines - 1} and {@code last}. */
  private int cut(Lines lines, int start, int last, IntPredicate cutAfter) {
    int lo = Math.min(last, start + minLines - 1);
    int target = Math.min(last, start + targetLines - 1);
    int best = -1;
    int bestIndent = Integer.MAX_VALUE;
    int bestDistance = Integer.MAX_VALUE;
    for (int r = lo; r <= last; r++) {
      if (!cutAfter.test(r)) {
        continue;
      }
      int next = r + 1;
      boolean atBlank = lines.blank(next) && !lines.blank(r);
      // A blank line beats any indentation; among equals, the row nearest the target wins.
      int indent = atBlank ? -1 : lines.blank(next) ? Integer.MAX_VALUE - 1 : lines.indent(next);
      int distance = Math.abs(r - target);
      if (indent < bestIndent || (indent == bestIndent && distance < bestDistance)) {
        best = r;
        bestIndent = indent;
        bestDistance = distance;
      }
    }
    return best < 0 ? last : best;
  }
}
