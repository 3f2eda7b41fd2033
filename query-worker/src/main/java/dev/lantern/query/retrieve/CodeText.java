package dev.lantern.query.retrieve;

/**
 * Code with its comments and string literals blanked out, so that a docstring's example
 * ({@code @app.route("/")}) or a message ("call close() first") is not read as code. Works on the
 * shapes most languages share: {@code //} and {@code #} line comments, block comments, quoted and
 * triple-quoted strings and template literals. Line breaks are kept, so line numbers still hold.
 */
public final class CodeText {
  private CodeText() {}

  public static String withoutCommentsAndStrings(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (text.startsWith("\"\"\"", i) || text.startsWith("'''", i)) {
        i = blank(text, i, text.indexOf(text.substring(i, i + 3), i + 3), 3, out);
      } else if (text.startsWith("/*", i)) {
        i = blank(text, i, text.indexOf("*/", i + 2), 2, out);
      } else if (text.startsWith("//", i) || (c == '#' && lineComment(text, i))) {
        int end = text.indexOf('\n', i);
        i = blank(text, i, end < 0 ? n : end, 0, out);
      } else if (c == '"' || c == '\'' || c == '`') {
        i = blank(text, i, closing(text, i), 1, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** {@code #} starts a comment unless it names a private member ({@code this.#count}). */
  private static boolean lineComment(String text, int i) {
    return i == 0 || text.charAt(i - 1) != '.';
  }

  /** Where the string opened at {@code i} closes (the index of its closing quote), or -1. */
  private static int closing(String text, int i) {
    char quote = text.charAt(i);
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j;
      } else if (c == '\n' && quote != '`') {
        return j - 1; // an unclosed quote (an apostrophe in a comment we missed) ends at the line
      }
    }
    return -1;
  }

  /**
   * Blanks {@code text} from {@code start} to {@code end} plus the closing delimiter's {@code
   * close} characters, keeping line breaks; returns where to go on. An unclosed span runs to the
   * end.
   */
  private static int blank(String text, int start, int end, int close, StringBuilder out) {
    int stop = end < 0 ? text.length() : Math.min(text.length(), end + close);
    for (int j = start; j < stop; j++) {
      out.append(text.charAt(j) == '\n' ? '\n' : ' ');
    }
    return Math.max(stop, start + 1);
  }
}
