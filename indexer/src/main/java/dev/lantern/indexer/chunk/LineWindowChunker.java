package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Windows of about {@value #TARGET} lines for files without a grammar, cut at the blank line
 * nearest the target (between {@value #MIN} and {@value #MAX} lines) so paragraphs and functions of
 * unknown languages tend to stay whole.
 */
public final class LineWindowChunker implements Chunker {
  static final int TARGET = 50;
  static final int MIN = 30;
  static final int MAX = 70;

  @Override
  public List<Chunk> chunk(SourceFile file) {
    Lines lines = new Lines(file.text());
    List<Chunk> out = new ArrayList<>();
    for (int[] w : windows(lines, 0, lines.count() - 1, TARGET, MIN, MAX)) {
      out.add(
          new Chunk(
              file.path(),
              file.language(),
              w[0] + 1,
              w[1] + 1,
              ChunkKind.WINDOW,
              "",
              "",
              "",
              "",
              lines.text(w[0], w[1]),
              List.of()));
    }
    return out;
  }

  /**
   * Non-blank-trimmed windows over rows {@code from..to}, each cut at a blank line when possible.
   */
  static List<int[]> windows(Lines lines, int from, int to, int target, int min, int max) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    while (start <= to) {
      while (start <= to && lines.blank(start)) {
        start++;
      }
      if (start > to) {
        break;
      }
      int end = Math.min(to, start + max - 1);
      if (end < to) {
        int best = -1;
        for (int d = 0; d <= max - min; d++) {
          int a = start + target - 1 + d, b = start + target - 1 - d;
          if (a <= end && a < to && lines.blank(a + 1)) {
            best = a;
            break;
          }
          if (b >= start + min - 1 && b < to && lines.blank(b + 1)) {
            best = b;
            break;
          }
        }
        if (best >= 0) {
          end = best;
        }
      }
      int last = end;
      while (last > start && lines.blank(last)) {
        last--;
      }
      out.add(new int[] {start, last});
      start = end + 1;
    }
    return out;
  }
}
