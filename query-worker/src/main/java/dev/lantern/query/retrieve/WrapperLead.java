package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place whose own doc says it only stands for another ("StaticFile is a wrapper for
 * Engine.StaticFile.", "GET is a shortcut for router.Handle(…)") is no place to open an answer with
 * when the one it stands for was found too: gin's {@code ginS} package of one-line facades answered
 * "how do I serve static files?" with {@code ginS.StaticFile} over {@code RouterGroup.StaticFile},
 * which does the work.
 */
final class WrapperLead {
  /** Group 1 is the name of what the place stands for. */
  private static final Pattern STANDS_FOR =
      Pattern.compile(
          "(?i)\\b(?:is|are)\\s+(?:a|an|just\\s+a|only\\s+a)?\\s*(?:thin\\s+|convenience\\s+)?"
              + "(?:wrapper|shortcut|alias|proxy)\\s+(?:for|of|around|to)\\s+[`'\"]?"
              + "([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)");

  private WrapperLead() {}

  /** The name the doc says the place stands for, or null. */
  static String standsFor(String doc) {
    Matcher m = STANDS_FOR.matcher(doc == null ? "" : doc);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The span to open with instead of {@code lead}: the first of {@code ranked} (up to {@code
   * limit}) that defines what the lead's doc says it wraps, by its last name, in another file or
   * under another owner; null when the lead wraps nothing or that was not found.
   */
  static Integer instead(
      int lead, List<Integer> ranked, IntFunction<StoredChunk> chunk, int limit) {
    StoredChunk wrapper = chunk.apply(lead);
    String target = standsFor(wrapper.doc());
    if (target == null) {
      return null;
    }
    String name = target.substring(target.lastIndexOf('.') + 1);
    return ranked.stream()
        .limit(limit)
        .filter(o -> o != lead)
        .filter(
            o -> {
              StoredChunk c = chunk.apply(o);
              return c.symbol().equals(name)
                  && FileRole.of(c.path()) == FileRole.CODE
                  && standsFor(c.doc()) == null;
            })
        .findFirst()
        .orElse(null);
  }
}
