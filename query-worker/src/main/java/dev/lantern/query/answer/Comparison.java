package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that sets two named things side by side ("what is the difference between
 * Session.request and requests.request?", "url_for vs Flask.url_for"): the answer opens with one
 * and must name the other, not leave it among related places.
 */
final class Comparison {
  private static final String NAME = "`?([A-Za-z_$][\\w$.]*[\\w$])(?:\\(\\))?`?";

  private static final Pattern ASKS =
      Pattern.compile(
          "(?i)\\bdiffer(?:ence|ences)?\\s+between\\s+(?:the\\s+)?"
              + NAME
              + "\\s+and\\s+(?:the\\s+)?"
              + NAME
              + "|\\bcompare\\s+"
              + NAME
              + "\\s+(?:and|with|to)\\s+"
              + NAME
              + "|(?<![\\w$.`])"
              + NAME
              + "\\s+(?:vs\\.?|versus)\\s+"
              + NAME);

  /** Places looked through for the other name. */
  static final int PLACES = 8;

  private Comparison() {}

  /** The two names compared, as written, or empty. */
  static Optional<List<String>> names(String question) {
    // An issue report compares things in passing; a short question asks for the comparison.
    String q = question.strip();
    if (q.indexOf('\n') >= 0 || q.length() > 300) {
      return Optional.empty();
    }
    Matcher m = ASKS.matcher(q);
    if (!m.find()) {
      return Optional.empty();
    }
    for (int g = 1; g + 1 <= m.groupCount(); g += 2) {
      if (m.group(g) != null) {
        return Optional.of(List.of(m.group(g), m.group(g + 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * The place defining the compared name that {@code top} is not, among the first {@link #PLACES};
   * empty when the question compares nothing or the other name is not among them.
   */
  static Optional<Location> other(String question, Location top, List<Location> places) {
    Optional<List<String>> names = names(question);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    String a = names.get().get(0);
    String b = names.get().get(1);
    int ta = match(top, a);
    int tb = match(top, b);
    if (ta == tb) {
      return Optional.empty();
    }
    String wanted = ta > tb ? b : a;
    List<Location> head = places.subList(0, Math.min(PLACES, places.size()));
    for (int strength = EXACT; strength > NONE; strength--) {
      for (Location l : head) {
        if (!l.overlaps(top) && match(l, wanted) == strength) {
          return Optional.of(l);
        }
      }
    }
    return Optional.empty();
  }

  private static final int NONE = 0;
  private static final int LOOSE = 1;
  private static final int EXACT = 2;

  /**
   * How well {@code l} is the definition {@code name} means: {@link #EXACT} for its qualified name;
   * {@link #LOOSE} for a name it ends with ({@code url_for} for {@code Flask.url_for}), or for its
   * own name when the name's prefix is a module rather than another class ({@code requests.request}
   * is api.py's {@code request}, not {@code Session.request}); else {@link #NONE}.
   */
  private static int match(Location l, String name) {
    String symbol = l.symbol();
    if (symbol.isEmpty()) {
      return NONE;
    }
    if (symbol.equals(name)) {
      return EXACT;
    }
    if (symbol.endsWith("." + name)) {
      return LOOSE;
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return NONE;
    }
    String prefix = name.substring(0, dot);
    boolean moduleLike = prefix.equals(prefix.toLowerCase(Locale.ROOT));
    return moduleLike && symbol.equals(name.substring(dot + 1)) ? LOOSE : NONE;
  }
}
