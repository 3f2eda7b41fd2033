package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * An exception type is what goes wrong, not how to do something. "How do I set a timeout?" on
 * requests scored {@code class ReadTimeout(Timeout)} best: a two-line class whose name is the
 * question's noun. The answer is where the timeout is taken and passed on ({@code
 * HTTPAdapter.send}). When the best place of a short question that does not ask about errors is an
 * exception type, the best code function among the next ones that scores at least half as well
 * opens the answer instead; the exception types stay in the list.
 */
final class ErrorTypeLead {
  /** Words that ask about errors themselves: there an exception type may well be the answer. */
  private static final Pattern ASKS_ABOUT_ERRORS =
      Pattern.compile(
          "(?i)\\b(?:errors?|exceptions?|rais(?:e|es|ed|ing)|throw(?:s|n|ing)?|threw"
              + "|catch(?:es|ing)?|caught|panic(?:s|ked|king)?|warn(?:s|ed|ing|ings)?)\\b");

  /** A name that says it is an error: {@code IOError}, {@code MalformedJsonException}. */
  private static final Pattern ERROR_NAME =
      Pattern.compile("(?:Error|Exception|Throwable|Warning)$");

  private ErrorTypeLead() {}

  /** Whether the question asks about errors, exceptions, raising or catching. */
  static boolean asksAboutErrors(String question) {
    return ASKS_ABOUT_ERRORS.matcher(question).find();
  }

  /**
   * The span to open with instead of the best, among the first {@code limit} of {@code ranked},
   * scoring at least {@code share} of the best; null when the best is no exception type or the
   * question asks about errors.
   */
  static Integer choose(
      String question,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      IntFunction<StoredChunk> chunk,
      LexicalIndex lexical,
      double share,
      int limit) {
    if (ranked.isEmpty()
        || share <= 0
        || !RoleWeights.isOneLineQuestion(question)
        || asksAboutErrors(question)
        || !isErrorType(chunk.apply(ranked.get(0)), lexical)) {
      return null;
    }
    return ActionLead.firstNearBest(
        ranked,
        scores,
        share,
        limit,
        chunk,
        c ->
            (ActionLead.codeFunction(c) || (codeType(c) && !ShapeTypeLead.isShape(c)))
                && !isErrorType(c, lexical));
  }

  /**
   * A type of the product's code: httpx's {@code Limits} answers where the pool is configured. Not
   * a type of a call's options (Hono's {@code VerifyOptions}, {@link ShapeTypeLead}).
   */
  private static boolean codeType(StoredChunk c) {
    return ChunkKind.TYPE.name().equals(c.kind()) && FileRole.of(c.path()) == FileRole.CODE;
  }

  /**
   * Whether a chunk declares an exception type: a class named as an error, or one whose bases,
   * followed through the codebase's own definitions, reach such a name.
   */
  static boolean isErrorType(StoredChunk c, LexicalIndex lexical) {
    return ChunkKind.TYPE.name().equals(c.kind())
        && (ERROR_NAME.matcher(ClassBases.simpleName(c.symbol())).find()
            || ClassBases.reaches(c, b -> ERROR_NAME.matcher(b).find(), lexical));
  }
}
