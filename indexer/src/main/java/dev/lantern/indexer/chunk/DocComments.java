package dev.lantern.indexer.chunk;

import java.util.List;

/**
 * Finds the comment block right above each definition (Javadoc, KDoc, JSDoc, a run of {@code //} or
 * {@code #} lines) and decorator lines between it and the definition, extends the definition's
 * start over them so citations show them, and strips comment markers for {@link Definition#doc}.
 * Works on the text: some grammars hang a comment on the node before it (Kotlin puts a KDoc after
 * imports inside the import list), so the tree is not a reliable guide to what precedes what.
 */
final class DocComments {
  /** Doc text beyond this is cut: the summary is what retrieval and answers use. */
  static final int MAX_DOC = 1_500;

  /** A block comment is looked for at most this far up from its closing line. */
  private static final int MAX_BLOCK_LINES = 400;

  private final Lines lines;
  private final LanguageRules rules;

  DocComments(Lines lines, LanguageRules rules) {
    this.lines = lines;
    this.rules = rules;
  }

  /**
   * Attaches comments to {@code definitions} (sorted siblings) and, recursively, their members;
   * {@code floor} is the first row a comment may occupy.
   */
  void attach(List<Definition> definitions, int floor) {
    int previousEnd = floor - 1;
    for (Definition d : definitions) {
      int top = blockAbove(d.startRow, previousEnd + 1);
      if (top < d.startRow) {
        String doc = clean(lines.text(top, d.startRow - 1));
        if (d.doc.isEmpty()) {
          d.doc = doc;
        }
        d.startRow = top;
      }
      attach(d.children, d.nodeRow + 1);
      previousEnd = Math.max(previousEnd, d.endRow);
    }
  }

  /** First row of the comment and decorator lines directly above {@code row}, or {@code row}. */
  private int blockAbove(int row, int floor) {
    int top = row;
    int r = row - 1;
    // Some code puts a blank line between a Javadoc and its class; a doc comment still owns it.
    if (rules.blockComments() && r - 1 >= floor && lines.blank(r) && !lines.blank(r - 1)) {
      String above = lines.line(r - 1).strip();
      int open = above.endsWith("*/") ? openingOf(r - 1, floor) : -1;
      if (open >= 0 && lines.line(open).strip().startsWith("/**")) {
        r--;
      }
    }
    while (r >= floor) {
      String s = lines.line(r).strip();
      if (s.isEmpty()) {
        break;
      }
      if (s.startsWith(rules.lineComment()) || isDecoratorLine(s)) {
        top = r--;
        continue;
      }
      if (rules.blockComments() && s.endsWith("*/")) {
        int open = openingOf(r, floor);
        if (open < 0) {
          break;
        }
        top = open;
        r = open - 1;
        continue;
      }
      break;
    }
    // Decorator lines alone, without a comment, are still the definition's own lines.
    return top;
  }

  /**
   * A line holding only a decorator or annotation, {@code @Name} or {@code @Name(…)}: it belongs to
   * the definition below. {@code @Input() name: string;} is a field, not a prefix.
   */
  static boolean isDecoratorLine(String s) {
    if (!s.startsWith("@") || s.length() < 2) {
      return false;
    }
    int i = 1;
    while (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i == 1) {
      return false;
    }
    if (i < s.length() && s.charAt(i) == '(') {
      int depth = 0;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth == 0) {
          i++;
          break;
        }
      }
      if (depth != 0) {
        return false;
      }
    }
    return s.substring(i).isBlank();
  }

  /** Row of the {@code /*} that the {@code *}{@code /} ending row {@code close} closes, or -1. */
  private int openingOf(int close, int floor) {
    String last = lines.line(close).strip();
    if (last.startsWith("/*")) {
      return close;
    }
    if (last.contains("/*")) {
      return -1; // code, then a comment: the comment belongs to that code
    }
    for (int r = close - 1; r >= Math.max(floor, close - MAX_BLOCK_LINES); r--) {
      String s = lines.line(r).strip();
      if (s.contains("*/")) {
        return -1;
      }
      if (s.startsWith("/*")) {
        return r;
      }
    }
    return -1;
  }

  /** Comment text without markers and decorator lines, keeping words and line breaks. */
  String clean(String raw) {
    StringBuilder out = new StringBuilder();
    boolean inBlock = false;
    for (String line : raw.split("\n")) {
      String l = line.strip();
      boolean opens = !inBlock && l.startsWith("/*");
      if (!inBlock && !opens && !l.startsWith(rules.lineComment())) {
        continue; // a decorator or annotation line, not comment text
      }
      inBlock = (inBlock || opens) && !l.endsWith("*/");
      if (l.startsWith("/**")) {
        l = l.substring(3);
      } else if (l.startsWith("/*")) {
        l = l.substring(2);
      } else if (l.startsWith("///")) {
        l = l.substring(3);
      } else if (l.startsWith(rules.lineComment())) {
        l = l.substring(rules.lineComment().length());
      } else if (l.startsWith("*") && !l.startsWith("*/")) {
        l = l.substring(1);
      }
      if (l.endsWith("*/")) {
        l = l.substring(0, l.length() - 2);
      }
      l = l.strip();
      if (!l.isEmpty() || !out.isEmpty()) {
        out.append(l).append('\n');
      }
    }
    return cap(out.toString().strip());
  }

  /** A Python docstring's text: quotes and string prefixes off, lines stripped. */
  static String cleanDocstring(String literal) {
    String s = literal.strip();
    int q = 0;
    while (q < s.length() && Character.isLetter(s.charAt(q))) {
      q++; // r, u, b, f prefixes
    }
    s = s.substring(q);
    int quote = s.startsWith("\"\"\"") || s.startsWith("'''") ? 3 : 1;
    if (s.length() >= 2 * quote) {
      s = s.substring(quote, s.length() - quote);
    }
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() || !out.isEmpty()) {
        out.append(l).append('\n');
      }
    }
    return cap(out.toString().strip());
  }

  private static String cap(String s) {
    return s.length() > MAX_DOC ? s.substring(0, MAX_DOC) + "…" : s;
  }
}
