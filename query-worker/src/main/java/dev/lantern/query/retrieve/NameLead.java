package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A function whose name the question spells out. "How are hooks run before a request?" on ky scored
 * {@code runAfterResponseHooks} a hair above {@code runBeforeRequestHooks}: both say "run" and
 * "hooks", but only one says nothing the question does not. When the best place's name holds words
 * the question lacks, a code function scoring nearly as well whose name is made of two or more of
 * the question's words opens the answer instead.
 */
final class NameLead {
  /** How near the best a function must score to take the opening for its name. */
  static final double SHARE = 0.8;

  /**
   * Words a name must take from the question. Two are often an accident of common words: gson's
   * {@code JsonWriter.nullValue} for "how are null values serialized?", which {@code
   * GsonBuilder.serializeNulls} answers; three rarely are.
   */
  static final int MIN_WORDS = 3;

  /** Places looked through, the best among them. */
  static final int LIMIT = 5;

  private NameLead() {}

  /** The span to open with instead of the best, or null to keep the ranking's order. */
  static Integer choose(
      String question,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      IntFunction<StoredChunk> chunk) {
    if (ranked.isEmpty() || !RoleWeights.isOneLineQuestion(question)) {
      return null;
    }
    java.util.Set<String> words = ActionLead.questionWords(question);
    if (ActionLead.namedBy(chunk.apply(ranked.get(0)).symbol(), words)) {
      return null;
    }
    return ActionLead.firstNearBest(
        ranked,
        scores,
        SHARE,
        LIMIT,
        chunk,
        c ->
            ActionLead.codeFunction(c)
                && ActionLead.nameWords(c.symbol()).size() >= MIN_WORDS
                && ActionLead.namedBy(c.symbol(), words));
  }
}
