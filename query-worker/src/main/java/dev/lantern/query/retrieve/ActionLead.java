package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.IdentifierSplitFilter;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "How do I add days to a date?": the verb names the action asked for, and an API names its
 * functions by their actions. When the best place's name is not what the question says (dayjs's
 * {@code dayOfYear}, a small plugin that says "day" often), a function named by the action and by
 * nothing the question leaves out ({@code Dayjs.add}; {@code register_blueprint} for "how do I
 * register a blueprint?") opens the answer instead, if it scores near the best and is not
 * deprecated.
 */
final class ActionLead {
  /** Group 1 is the verb. */
  private static final Pattern ACTION = Pattern.compile(RoleWeights.HOW_DO_I + "([a-z]{3,})\\b");

  /** Verbs too general to name the function asked for: every codebase has a get and a run. */
  private static final Set<String> GENERAL =
      Set.of(
          "get", "set", "use", "make", "run", "see", "know", "have", "call", "change", "find",
          "handle", "work", "tell", "do");

  /** A function its own code calls deprecated is not how to do it today. */
  private static final Pattern DEPRECATED =
      Pattern.compile("@[Dd]eprecated\\b|\\.\\.\\s+deprecated::|\\bDeprecated:");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  private ActionLead() {}

  /** The verb of a one-line "how do I …" question that is no procedure and no general verb. */
  static Optional<String> verb(String question) {
    if (!RoleWeights.isOneLineQuestion(question) || RoleWeights.asksForProcedure(question)) {
      return Optional.empty();
    }
    Matcher m = ACTION.matcher(question);
    if (!m.find()) {
      return Optional.empty();
    }
    String verb = m.group(1).toLowerCase(Locale.ROOT);
    return GENERAL.contains(verb) ? Optional.empty() : Optional.of(verb);
  }

  /**
   * The span to open with instead of the best, among the first {@code limit} of {@code ranked},
   * scoring at least {@code share} of the best (0: none); null when the question asks for no
   * action, when the best span is named by the question already, or when no code function is named
   * by it.
   */
  static Integer choose(
      String question,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      IntFunction<StoredChunk> chunk,
      double share,
      int limit) {
    Optional<String> verb = verb(question);
    if (verb.isEmpty() || ranked.isEmpty() || share <= 0) {
      return null;
    }
    Set<String> words = questionWords(question);
    StoredChunk first = chunk.apply(ranked.get(0));
    boolean namedTest = FileRole.of(first.path()) == FileRole.TEST;
    if (namedBy(first.symbol(), words) && !namedTest) {
      return null;
    }
    Integer code =
        firstNearBest(
            ranked,
            scores,
            share,
            limit,
            chunk,
            c -> codeFunction(c) && namesAction(c.symbol(), verb.get(), words));
    if (code != null || !namedBy(first.symbol(), words)) {
      return code;
    }
    // "How do I create an app?" on flask: the best place is a test's create_app and the product
    // has none, but its examples do (the tutorial's application factory): a worked example of
    // exactly the action asked for, where the code lead would take any code saying the words.
    return firstNearBest(
        ranked,
        scores,
        share,
        limit,
        chunk,
        c -> exampleFunction(c) && namesAction(c.symbol(), verb.get(), words));
  }

  /** A function of the documentation's examples that nothing calls deprecated. */
  static boolean exampleFunction(StoredChunk c) {
    return ChunkKind.FUNCTION.name().equals(c.kind())
        && FileRole.of(c.path()) == FileRole.DOC
        && !deprecated(c.doc(), c.text());
  }

  /**
   * The first place after the best, among the first {@code limit}, scoring at least {@code share}
   * of the best and passing {@code wanted}; null if none.
   */
  static Integer firstNearBest(
      List<Integer> ranked,
      Map<Integer, Double> scores,
      double share,
      int limit,
      IntFunction<StoredChunk> chunk,
      java.util.function.Predicate<StoredChunk> wanted) {
    double best = scores.get(ranked.get(0));
    return ranked.stream()
        .skip(1)
        .limit(limit - 1)
        .filter(o -> scores.get(o) >= share * best)
        .filter(o -> wanted.test(chunk.apply(o)))
        .findFirst()
        .orElse(null);
  }

  /**
   * The places other than {@code opening} among the first {@code limit} of {@code ranked} that
   * score at least {@code share} of the best, in rank order: where a lead rule looks for a place to
   * open with instead of the one chosen so far.
   */
  static java.util.stream.Stream<Integer> othersNearBest(
      Integer opening, List<Integer> ranked, Map<Integer, Double> scores, double share, int limit) {
    double best = scores.get(ranked.get(0));
    return ranked.stream()
        .limit(limit)
        .filter(o -> !o.equals(opening) && scores.get(o) >= share * best);
  }

  /** A function of the product's code that nothing calls deprecated. */
  static boolean codeFunction(StoredChunk c) {
    return ChunkKind.FUNCTION.name().equals(c.kind())
        && FileRole.of(c.path()) == FileRole.CODE
        && !deprecated(c.doc(), c.text());
  }

  /**
   * Whether a function's doc or code calls it deprecated ({@code @Deprecated}, ".. deprecated::").
   */
  static boolean deprecated(String doc, String text) {
    return DEPRECATED.matcher(doc).find() || DEPRECATED.matcher(text).find();
  }

  /** Whether every word of the name is a word of the question ({@code post} for "post"). */
  static boolean namedBy(String symbol, Set<String> questionWords) {
    List<String> parts = nameWords(symbol);
    return !parts.isEmpty() && questionWords.containsAll(parts);
  }

  /** Whether the name starts with the verb and says nothing the question does not. */
  static boolean namesAction(String symbol, String verb, Set<String> questionWords) {
    List<String> parts = nameWords(symbol);
    return !parts.isEmpty() && parts.get(0).equals(verb) && questionWords.containsAll(parts);
  }

  /** The words of a name's last segment, lower case and singular: "dayOfYear" → day, of, year. */
  static List<String> nameWords(String symbol) {
    return IdentifierSplitFilter.parts(symbol.substring(symbol.lastIndexOf('.') + 1)).stream()
        .map(p -> singular(p.toLowerCase(Locale.ROOT)))
        .toList();
  }

  static Set<String> questionWords(String question) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(question);
    while (m.find()) {
      out.add(singular(m.group().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
