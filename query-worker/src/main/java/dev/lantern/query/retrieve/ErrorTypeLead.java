package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
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

  /** Python: {@code class Name(Base, Other):}. Group 1 the name, group 2 the bases. */
  private static final Pattern PYTHON_CLASS =
      Pattern.compile("(?m)^\\s*class\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*:\\s*(?:#.*)?$");

  /** Java, JavaScript, TypeScript: {@code class Name<T> extends Base}. */
  private static final Pattern EXTENDS_CLASS =
      Pattern.compile("\\bclass\\s+(\\w+)[^{;]*?\\bextends\\s+([\\w.]+)");

  /** Kotlin: {@code class Name(…) : Base(…)}. */
  private static final Pattern KOTLIN_CLASS =
      Pattern.compile("\\bclass\\s+(\\w+)[^{=]*?\\)?\\s*:\\s*([\\w.]+)\\s*\\(");

  /** How far up a chain of bases to look (ReadTimeout → Timeout → RequestException → IOError). */
  private static final int MAX_DEPTH = 4;

  /** A base defined in more places than this is ambiguous; it is not followed. */
  private static final int MAX_DEFINITIONS = 3;

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
        || !isErrorType(chunk.apply(ranked.get(0)), lexical, chunk)) {
      return null;
    }
    return ActionLead.firstNearBest(
        ranked,
        scores,
        share,
        limit,
        chunk,
        c -> ActionLead.codeFunction(c) && !isErrorType(c, lexical, chunk));
  }

  /**
   * Whether a chunk declares an exception type: a class named as an error, or one whose bases,
   * followed through the codebase's own definitions, reach such a name.
   */
  static boolean isErrorType(StoredChunk c, LexicalIndex lexical, IntFunction<StoredChunk> chunk) {
    if (!ChunkKind.TYPE.name().equals(c.kind())) {
      return false;
    }
    return isError(declaredName(c), bases(c.text()), lexical, chunk, new HashSet<>(), 0);
  }

  private static boolean isError(
      String name,
      List<String> bases,
      LexicalIndex lexical,
      IntFunction<StoredChunk> chunk,
      Set<String> seen,
      int depth) {
    if (name != null && ERROR_NAME.matcher(name).find()) {
      return true;
    }
    for (String base : bases) {
      if (ERROR_NAME.matcher(base).find()) {
        return true;
      }
    }
    if (depth >= MAX_DEPTH) {
      return false;
    }
    for (String base : bases) {
      if (!seen.add(base)) {
        continue;
      }
      List<LexicalIndex.Hit> defs = lexical.definitions(base, MAX_DEFINITIONS + 1);
      if (defs.isEmpty() || defs.size() > MAX_DEFINITIONS) {
        continue;
      }
      for (LexicalIndex.Hit def : defs) {
        StoredChunk d = chunk.apply(def.ord());
        if (ChunkKind.TYPE.name().equals(d.kind())
            && base.equals(declaredName(d))
            && isError(null, bases(d.text()), lexical, chunk, seen, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The class a chunk declares, from its symbol's last segment. */
  private static String declaredName(StoredChunk c) {
    String symbol = c.symbol();
    return symbol == null ? null : symbol.substring(symbol.lastIndexOf('.') + 1);
  }

  /** The base class names of the first class declaration in a chunk, last dotted segment each. */
  static List<String> bases(String text) {
    for (Pattern p : List.of(PYTHON_CLASS, EXTENDS_CLASS, KOTLIN_CLASS)) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return java.util.Arrays.stream(m.group(2).split(","))
            .map(String::strip)
            .filter(b -> !b.isEmpty() && !b.contains("="))
            .map(b -> b.substring(b.lastIndexOf('.') + 1))
            .toList();
      }
    }
    return List.of();
  }
}
