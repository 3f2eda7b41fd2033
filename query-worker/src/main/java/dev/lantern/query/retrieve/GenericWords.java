package dev.lantern.query.retrieve;

import java.util.Set;

/**
 * Words of a question about code, or about doing something, rather than about what is done:
 * "logic", "handled", "used", "done". Code does such things without saying so, so a place that
 * lacks them is no worse an answer.
 */
public final class GenericWords {
  private static final String WORDS =
      "code logic function method class module file part place mechanism implementation"
          + " handle enforce ensure decide determine implement perform manage work make occur"
          + " take achieve responsible used done happen every compute calculate value";

  private static final Set<String> TERMS = Set.copyOf(new QueryAnalyzer().terms(WORDS));

  private GenericWords() {}

  /** Whether an analysed term ("handl", "used") is one of the generic words. */
  public static boolean isGeneric(String term) {
    return TERMS.contains(term);
  }
}
