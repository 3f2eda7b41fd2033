package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What calls JsonReader.peek?", "where is url_for used?": the callers are the answer, so they are
 * listed, each with the line of its call, instead of the first few named in a sentence.
 */
final class CallerList {
  /** Callers listed; the rest are counted. */
  static final int MAX_LISTED = 20;

  private static final Pattern ASKS =
      Pattern.compile(
          "(?i)^\\s*(?:"
              // what / who / which functions … calls X
              + "(?:what|who|which(?:\\s+\\w+){1,2})\\s+(?:calls|invokes|uses)\\s+\\S"
              // where is X called / used / invoked (from)
              + "|where\\s+(?:is|are|does\\s+\\S+\\s+get)\\s+.+?\\s+(?:called|used|invoked)\\b"
              // (list / show / find) the callers / call sites / usages of X
              + "|(?:(?:list|show|find|give)(?:\\s+me)?\\s+)?(?:all\\s+)?(?:the\\s+)?"
              + "(?:callers|call\\s+sites|usages|uses)\\s+of\\s+\\S"
              + ")");

  /** A line that is a comment: //, #, /*, * or a docstring's quotes at its start. */
  private static final Pattern COMMENT = Pattern.compile("\\s*(?://|#|/\\*|\\*|\"\"\"|''')");

  private CallerList() {}

  /** Whether a one-line question asks for the callers of something. */
  static boolean asks(String question) {
    String q = question.strip();
    return q.indexOf('\n') < 0 && q.length() <= 200 && ASKS.matcher(q).find();
  }

  /**
   * The list: "- `Gson.fromJson` (Gson.java:1051-1136), at line 1071: `reader.peek();`", the first
   * {@link #MAX_LISTED}, then how many more.
   */
  static String of(String symbol, List<Location> callers, PlaceText text) {
    String name = symbol.substring(symbol.lastIndexOf('.') + 1);
    Pattern call = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
    StringBuilder sb = new StringBuilder();
    for (Location c : callers.subList(0, Math.min(MAX_LISTED, callers.size()))) {
      sb.append("- `").append(c.symbol()).append("` (").append(c.citation()).append(')');
      String[] lines = text.of(c).split("\n", -1);
      // The first line past the caller's own signature that names what is called, comments
      // aside.
      for (int i = 1; i < lines.length; i++) {
        Matcher m = call.matcher(lines[i]);
        if (m.find() && !COMMENT.matcher(lines[i]).lookingAt()) {
          sb.append(", at line ")
              .append(c.startLine() + i)
              .append(": `")
              .append(Sentences.shorten(lines[i].strip().replace('`', '\''), 120))
              .append('`');
          break;
        }
      }
      sb.append('\n');
    }
    int more = callers.size() - MAX_LISTED;
    if (more > 0) {
      sb.append("- and ").append(more).append(" more\n");
    }
    return sb.toString();
  }
}
