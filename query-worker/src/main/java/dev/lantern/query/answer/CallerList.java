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

  private CallerList() {}

  /**
   * The line of the call past the caller's own signature: the first that names it with call syntax
   * ({@code send(}), else the first that names it at all; comments aside, and prose such as a
   * docstring's "Build and send a request." only when nothing calls it in code. 0 when none.
   */
  static int callLine(String[] lines, Pattern name) {
    boolean[] prose = CallSites.prose(lines);
    int named = 0;
    for (int i = 1; i < lines.length; i++) {
      Matcher m = name.matcher(lines[i]);
      if (!m.find() || prose[i]) {
        continue;
      }
      if (CALL_AFTER.matcher(lines[i].substring(m.end())).lookingAt()) {
        return i;
      }
      if (named == 0) {
        named = i;
      }
    }
    return named;
  }

  /** What follows a called name: its opening parenthesis. */
  private static final Pattern CALL_AFTER = Pattern.compile("\\s*\\(");

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
      int at = callLine(lines, call);
      if (at > 0) {
        sb.append(", at line ")
            .append(c.startLine() + at)
            .append(": `")
            .append(Sentences.shorten(lines[at].strip().replace('`', '\''), 120))
            .append('`');
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
