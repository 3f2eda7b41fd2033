package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One name, several definitions: dayjs's {@code subtract} is the core's {@code Dayjs.subtract}
 * (src/index.js) and also the duration plugin's override and the objectSupport plugin's, and "how
 * do I subtract a month?" opened with the duration plugin's, which says "month" in a neighbour. The
 * shallowest definition is the one a person calls; the deeper ones are plugins, locales or
 * internals that specialise it, and the answer lists them after it. Unless the question names what
 * the deeper one belongs to ("how do I subtract a duration?"): its owner or a folder or file of its
 * path.
 */
final class SameNameLead {
  private SameNameLead() {}

  /**
   * The span to open with instead of {@code opening}, or null to keep it: among the first {@code
   * limit} ranked scoring at least {@code share} of the best, the code function of the same name in
   * the shallowest folder above the opening's.
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
    if (!ActionLead.codeFunction(open)) {
      return null;
    }
    String name = lastName(open.symbol());
    int depth = depth(open.path());
    Set<String> asked = ActionLead.questionWords(question);
    Set<String> openWords = placeWords(open);
    return ActionLead.othersNearBest(opening, ranked, scores, share, limit)
        .filter(
            o -> {
              StoredChunk c = chunk.apply(o);
              if (!ActionLead.codeFunction(c)
                  || !lastName(c.symbol()).equals(name)
                  || depth(c.path()) >= depth) {
                return false;
              }
              Set<String> own = new HashSet<>(openWords);
              own.removeAll(placeWords(c));
              return own.stream().noneMatch(asked::contains);
            })
        .min(Comparator.comparingInt(o -> depth(chunk.apply(o).path())))
        .orElse(null);
  }

  /**
   * The words of what a place belongs to, lower case and singular: its owner ({@code Duration} of
   * {@code Duration.subtract}) and the folders and file of its path (src, plugin, duration, index
   * for src/plugin/duration/index.js). A question that says one the shallower place lacks ("how do
   * I subtract a duration?") asks for the deeper one.
   */
  static Set<String> placeWords(StoredChunk c) {
    Set<String> own = new HashSet<>();
    String symbol = c.symbol();
    int dot = symbol.lastIndexOf('.');
    if (dot > 0) {
      own.addAll(ActionLead.nameWords(symbol.substring(0, dot).replace('.', '_')));
    }
    String path = c.path();
    int ext = path.lastIndexOf('.');
    for (String segment :
        (ext > path.lastIndexOf('/') ? path.substring(0, ext) : path).split("/")) {
      own.addAll(ActionLead.nameWords(segment.replace('-', '_').replace('.', '_')));
    }
    own.removeIf(w -> w.length() < 3);
    return own;
  }

  /**
   * Whether the question's identifiers are all the place's own name, unqualified ("where is the
   * isSame method?"): it names the function, not which of its definitions.
   */
  static boolean namesOnlyItsName(List<String> identifiers, StoredChunk place) {
    String name = lastName(place.symbol());
    return !identifiers.isEmpty() && identifiers.stream().allMatch(name::equals);
  }

  private static String lastName(String symbol) {
    return symbol.substring(symbol.lastIndexOf('.') + 1);
  }

  private static int depth(String path) {
    return (int) path.chars().filter(ch -> ch == '/').count();
  }
}
