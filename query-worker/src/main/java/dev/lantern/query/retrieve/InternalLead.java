package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * "How do I set a timeout?" asks how to use the code, and a private helper is no part of what a
 * person can call: httpx answered it with {@code BaseClient._set_timeout}, the client's own
 * plumbing. When a how-to question's opening is a function the codebase keeps to itself (an
 * underscore or {@code #} name, declared {@code private}, a Go name in lower case), the first place
 * among the next ones scoring at least half as well that is a public function or a guide opens
 * instead (not a type: requests' {@code FileModeWarning} is no way to upload a file); the private
 * one stays among the places.
 */
final class InternalLead {
  /**
   * "How would you refactor …", "how can we optimize …": a question about changing the code, whose
   * private parts are what it asks about (SWE-QA's pylint "how would you refactor the configuration
   * option value formatter" is about {@code _format_option_value}).
   */
  private static final Pattern CHANGES =
      Pattern.compile(
          RoleWeights.HOW_DO_I
              + "(?:refactor|implement|modify|change|extend|optimi[sz]e|improve|rewrite|redesign"
              + "|restructure|fix|debug|patch|simplify|replace|remove)\\b");

  private InternalLead() {}

  /** Whether a how-to question asks how to change the code rather than use it. */
  static boolean changes(String question) {
    return CHANGES.matcher(question).find();
  }

  /**
   * The span to open with instead of {@code opening}, or null to keep it: the first of the first
   * {@code limit} ranked that scores at least {@code share} of the best and is a public code
   * function or documentation.
   */
  static Integer instead(
      String question,
      Integer opening,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      IntFunction<StoredChunk> chunk,
      double share,
      int limit) {
    if (ranked.isEmpty() || share <= 0 || !RoleWeights.asksHowTo(question) || changes(question)) {
      return null;
    }
    StoredChunk open = chunk.apply(opening);
    if (!ActionLead.codeFunction(open) || !internal(open)) {
      return null;
    }
    return ActionLead.othersNearBest(opening, ranked, scores, share, limit)
        .filter(
            o -> {
              StoredChunk c = chunk.apply(o);
              return (ActionLead.codeFunction(c) || FileRole.of(c.path()) == FileRole.DOC)
                  && !internal(c);
            })
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether a definition is kept to its codebase: declared {@code private} or a {@code #} member
   * ({@link IndexCallees#isPrivate}), a name starting with one underscore (Python, JavaScript; not
   * a dunder such as {@code __init__}), or a Go name starting in lower case.
   */
  static boolean internal(StoredChunk c) {
    if (c.symbol().isEmpty()) {
      return false;
    }
    String name = c.symbol().substring(c.symbol().lastIndexOf('.') + 1);
    if (name.isEmpty()) {
      return false;
    }
    if (name.startsWith("_") && !name.startsWith("__")) {
      return true;
    }
    if ("go".equals(c.language()) && Character.isLowerCase(name.charAt(0))) {
      return true;
    }
    return IndexCallees.isPrivate(c);
  }
}
