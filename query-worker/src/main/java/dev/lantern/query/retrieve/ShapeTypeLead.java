package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A type that only names what a call takes (its options, settings, props, parameters) is not where
 * the work is done. "Where is the JWT verified?" on Hono opened with {@code type VerifyOptions =
 * {…}}, whose fields say "verify" throughout; the function {@code verify} next to it does the
 * verifying. When the best place of a short question that does not ask about options or types is
 * such a type, the best code function among the next ones that scores at least half as well opens
 * the answer instead, as {@link ErrorTypeLead} does for exception types.
 */
final class ShapeTypeLead {
  /** The last word of a type that describes a call's input. */
  private static final Pattern SHAPE_NAME =
      Pattern.compile(
          "(?:Options|Opts|Config|Settings|Props|Params|Parameters|Args|Arguments|Init)$");

  /** Words that ask about such types themselves. */
  private static final Pattern ASKS_ABOUT_SHAPES =
      Pattern.compile(
          "(?i)\\b(?:options?|opts|config(?:uration)?s?|configur\\w*|settings?|props|"
              + "param(?:eter)?s?|arguments?|args|types?|interfaces?|fields?|shape|schema)\\b");

  private ShapeTypeLead() {}

  /**
   * The span to open with instead of the best, among the first {@code limit} of {@code ranked},
   * scoring at least {@code share} of the best; null when the best is no such type or the question
   * asks about options or types.
   */
  static Integer choose(
      String question,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      IntFunction<StoredChunk> chunk,
      double share,
      int limit) {
    if (ranked.isEmpty()
        || share <= 0
        || !RoleWeights.isOneLineQuestion(question)
        || ASKS_ABOUT_SHAPES.matcher(question).find()
        || !isShape(chunk.apply(ranked.get(0)))) {
      return null;
    }
    return ActionLead.firstNearBest(ranked, scores, share, limit, chunk, ActionLead::codeFunction);
  }

  /** Whether {@code c} is a type named as a call's options or parameters. */
  static boolean isShape(StoredChunk c) {
    return ChunkKind.TYPE.name().equals(c.kind())
        && SHAPE_NAME.matcher(ClassBases.simpleName(c.symbol())).find();
  }
}
