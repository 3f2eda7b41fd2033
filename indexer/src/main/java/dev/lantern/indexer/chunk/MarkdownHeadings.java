package dev.lantern.indexer.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a Markdown file's sections: ATX ({@code ## Title}) and setext (underlined) headings outside
 * fenced code blocks, each with the path of headings enclosing it. A heading with nothing under it
 * before the next heading is merged into that next section.
 */
final class MarkdownHeadings {
  private MarkdownHeadings() {}

  /**
   * Rows {@code start..end} (0-based), the heading's text, its path and its line; an empty title
   * for text before the first heading.
   */
  record Section(int start, int end, String title, String path, String headingLine) {}

  /** A heading on {@code row} spanning {@code rows} lines (2 for setext). */
  private record Heading(int row, int rows, int level, String title, String line) {}

  static List<Section> sections(Lines lines) {
    List<Heading> headings = headings(lines);
    List<Section> out = new ArrayList<>();
    int first = headings.isEmpty() ? lines.count() : headings.get(0).row();
    if (first > 0) {
      out.add(new Section(0, first - 1, "", "", ""));
    }
    String[] path = new String[7];
    int pendingStart = -1;
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      int end = i + 1 < headings.size() ? headings.get(i + 1).row() - 1 : lines.count() - 1;
      path[h.level()] = h.title();
      for (int k = h.level() + 1; k < path.length; k++) {
        path[k] = null;
      }
      int start = pendingStart >= 0 ? pendingStart : h.row();
      int bodyStart = h.row() + h.rows();
      if (i + 1 < headings.size() && (bodyStart > end || lines.blank(bodyStart, end))) {
        pendingStart = start; // a bare heading leads into the next section
        continue;
      }
      pendingStart = -1;
      out.add(new Section(start, end, h.title(), joined(path, h.level()), h.line()));
    }
    return out;
  }

  /** Rows inside a fenced code block, opening fence included, closing fence not. */
  static boolean[] fencedRows(Lines lines) {
    boolean[] fenced = new boolean[lines.count()];
    String fence = null;
    for (int r = 0; r < lines.count(); r++) {
      String t = lines.line(r).strip();
      if (t.startsWith("```") || t.startsWith("~~~")) {
        String marker = t.substring(0, 3);
        if (fence == null) {
          fence = marker;
        } else if (marker.equals(fence)) {
          fence = null;
          continue;
        }
      }
      fenced[r] = fence != null;
    }
    return fenced;
  }

  private static List<Heading> headings(Lines lines) {
    List<Heading> out = new ArrayList<>();
    String fence = null;
    for (int r = 0; r < lines.count(); r++) {
      String l = lines.line(r);
      String t = l.strip();
      if (t.startsWith("```") || t.startsWith("~~~")) {
        String marker = t.substring(0, 3);
        if (fence == null) {
          fence = marker;
        } else if (marker.equals(fence)) {
          fence = null;
        }
        continue;
      }
      if (fence != null) {
        continue;
      }
      int level = atxLevel(l);
      if (level > 0) {
        out.add(new Heading(r, 1, level, atxText(t), t));
      } else if (r + 1 < lines.count()
          && setextLevel(lines.line(r + 1)) > 0
          && isParagraphStart(lines, r)) {
        out.add(new Heading(r, 2, setextLevel(lines.line(r + 1)), t, t));
        r++;
      }
    }
    return out;
  }

  /**
   * A one-line paragraph that an underline turns into a heading. Longer paragraphs are left as
   * text: their first line would be the section start, which a reader would not expect.
   */
  private static boolean isParagraphStart(Lines lines, int row) {
    String t = lines.line(row).strip();
    return !t.isEmpty()
        && (row == 0 || lines.blank(row - 1))
        && lines.indent(row) < 4
        && !t.startsWith("-")
        && !t.startsWith("*")
        && !t.startsWith(">")
        && !t.startsWith("|");
  }

  private static String joined(String[] path, int level) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= level; i++) {
      if (path[i] != null) {
        sb.append(sb.length() > 0 ? " > " : "").append(path[i]);
      }
    }
    return sb.toString();
  }

  /** Level of an ATX heading ({@code ### Title}, up to three spaces of indent), else 0. */
  static int atxLevel(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    int n = 0;
    while (i + n < line.length() && line.charAt(i + n) == '#') {
      n++;
    }
    boolean spaced = i + n == line.length() || Character.isWhitespace(line.charAt(i + n));
    return n >= 1 && n <= 6 && spaced ? n : 0;
  }

  /** Level of a setext underline: {@code ===} is 1, {@code ---} is 2, else 0. */
  static int setextLevel(String line) {
    String t = line.strip();
    if (t.isEmpty() || line.length() - line.stripLeading().length() > 3) {
      return 0;
    }
    char c = t.charAt(0);
    if (c != '=' && c != '-') {
      return 0;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != c) {
        return 0;
      }
    }
    return c == '=' ? 1 : 2;
  }

  private static String atxText(String stripped) {
    int n = 0;
    while (n < stripped.length() && stripped.charAt(n) == '#') {
      n++;
    }
    String t = stripped.substring(n).strip();
    // A closing run of #'s is decoration: "## Title ##".
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '#') {
      end--;
    }
    if (end < t.length() && (end == 0 || t.charAt(end - 1) == ' ')) {
      t = t.substring(0, end).strip();
    }
    return t;
  }
}
