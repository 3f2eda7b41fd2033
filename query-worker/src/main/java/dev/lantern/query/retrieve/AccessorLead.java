package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A getter or setter is plumbing, not where something is done. ky's three-line {@code
 * #setResponseRequest} scored best for "how do I set default headers for all requests?": it says
 * "request" twice and little else, as small places full of a codebase's core noun do. When the best
 * place of a short question is such an accessor, and the question does not name what it gets or
 * sets, the first code function among the next ones scoring at least half as well that is no
 * accessor opens the answer instead ({@code mergeHeaders}).
 */
final class AccessorLead {
  /** An accessor's name: get, set or is, then a capital or an underscore. */
  private static final Pattern ACCESSOR = Pattern.compile("^_*(?:get|set|is)(?:[A-Z_]).*");

  /** An accessor is short: its signature, a line or two, and its end. */
  static final int MAX_LINES = 4;

  private AccessorLead() {}

  /** Whether a place is a short get/set/is function of the product's code. */
  static boolean isAccessor(StoredChunk c) {
    String name = c.symbol().substring(c.symbol().lastIndexOf('.') + 1);
    return ActionLead.codeFunction(c)
        && c.endLine() - c.startLine() + 1 <= MAX_LINES
        && ACCESSOR.matcher(name).matches();
  }

  /**
   * The span to open with instead of {@code opening} (the lead chosen so far), or null to keep it:
   * the first code function of the first {@code limit} ranked that is no accessor and scores at
   * least {@code share} of the best.
   */
  static Integer instead(
      String question,
      Integer opening,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      IntFunction<StoredChunk> chunk,
      double share,
      int limit) {
    if (ranked.isEmpty() || share <= 0 || !RoleWeights.isOneLineQuestion(question)) {
      return null;
    }
    StoredChunk open = chunk.apply(opening);
    if (!isAccessor(open) || namesWhatItAccesses(open.symbol(), question)) {
      return null;
    }
    return ActionLead.othersNearBest(opening, ranked, scores, share, limit)
        .filter(o -> ActionLead.codeFunction(chunk.apply(o)) && !isAccessor(chunk.apply(o)))
        .findFirst()
        .orElse(null);
  }

  /** Whether every word of the name after its get/set/is is a word of the question. */
  static boolean namesWhatItAccesses(String symbol, String question) {
    List<String> parts = ActionLead.nameWords(symbol);
    Set<String> words = ActionLead.questionWords(question);
    return parts.size() > 1 && words.containsAll(parts.subList(1, parts.size()));
  }
}
