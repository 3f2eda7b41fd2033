package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a module-level name is bound inside a chunk of top-level code ({@code current_app =
 * LocalProxy(…)}, {@code export const Ls = {}}, Go's {@code var x = …}): the statement's lines, so
 * a question about {@code current_app} cites that statement, not the 30 lines around it.
 */
final class Binding {
  /** A statement longer than this is cut: the name and its first lines say what it is. */
  private static final int MAX_LINES = 30;

  private Binding() {}

  /** The location of {@code name}'s binding in {@code c}, if {@code c} binds it. */
  static Optional<Location> of(StoredChunk c, String name, double score) {
    if (!c.names().contains(name)) {
      return Optional.empty();
    }
    Pattern start =
        Pattern.compile(
            "^\\s*(?:export\\s+)?(?:(?:const|let|var|val)\\s+|(?:module\\.)?exports\\.)?"
                + "(?:[\\w$]+\\s*,\\s*)*"
                + Pattern.quote(name)
                + "(?![\\w$])(?!\\s*[.(])");
    List<String> lines = c.text().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!start.matcher(lines.get(i)).find()) {
        continue;
      }
      int end = statementEnd(lines, i);
      String text = String.join("\n", lines.subList(i, end + 1)) + "\n";
      return Optional.of(
          new Location(
              c.path(),
              c.startLine() + i,
              c.startLine() + end,
              name,
              "variable",
              shorten(withoutComment(lines.get(i)).strip()),
              commentAbove(lines, i),
              score,
              HybridRetriever.snippet(text)));
    }
    return Optional.empty();
  }

  private static final Pattern COMMENT_MARK =
      Pattern.compile("^\\s*(?:#:?|//+|/\\*\\*?|\\*/?)\\s?");

  /** The comment lines right above row {@code i} ({@code #}, {@code //}, a doc block), joined. */
  static String commentAbove(List<String> lines, int i) {
    int from = i;
    while (from > 0 && COMMENT_MARK.matcher(lines.get(from - 1)).find()) {
      from--;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < i; k++) {
      String text = COMMENT_MARK.matcher(lines.get(k)).replaceFirst("").replace("*/", "").strip();
      if (!text.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(text);
      }
    }
    return sb.toString();
  }

  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+(?:#|//)\\s.*$");

  /** The line without a comment at its end ({@code # type: ignore}), unless inside a string. */
  static String withoutComment(String line) {
    java.util.regex.Matcher m = TRAILING_COMMENT.matcher(line);
    if (!m.find()) {
      return line;
    }
    String before = line.substring(0, m.start());
    long quotes = before.chars().filter(ch -> ch == '"' || ch == '\'' || ch == '`').count();
    return quotes % 2 == 0 ? before : line;
  }

  private static String shorten(String line) {
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** The last line of the statement starting at {@code from}: where its brackets close. */
  private static int statementEnd(List<String> lines, int from) {
    int depth = 0;
    for (int i = from; i < lines.size() && i < from + MAX_LINES; i++) {
      String line = lines.get(i);
      for (int k = 0; k < line.length(); k++) {
        char ch = line.charAt(k);
        if (ch == '#' || (ch == '/' && k + 1 < line.length() && line.charAt(k + 1) == '/')) {
          break;
        }
        if (ch == '(' || ch == '[' || ch == '{') {
          depth++;
        } else if (ch == ')' || ch == ']' || ch == '}') {
          depth--;
        }
      }
      if (depth <= 0) {
        return i;
      }
    }
    return Math.min(lines.size() - 1, from + MAX_LINES - 1);
  }
}
