package dev.lantern.query.overview;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a question about one class or other type as a whole ("what does the Flask class do?",
 * "explain TaggedJSONSerializer", "what is `JsonReader`?") from a question that only mentions one.
 * It names one code-like word and nothing else to look for; whether that word is a type of the
 * codebase is for the caller to find out, so plain words cost nothing.
 */
public final class TypeQuestion {
  private static final int MAX_CHARS = 160;

  /** A name as code spells it: letters, digits, underscores; dots between parts. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w]*(?:\\.[A-Za-z_]\\w*)*");

  /**
   * A long lower-case word, which may be a compound name typed without its capitals
   * ("gsonbuilder"); the caller accepts it only as such a name.
   */
  private static final Pattern LOWER_RUN = Pattern.compile("[a-z][a-z0-9]{5,}");

  /** Words asking who uses the type rather than what it is. */
  private static final Set<String> USAGE_WORDS =
      Set.of(
          "use",
          "uses",
          "used",
          "using",
          "usage",
          "usages",
          "users",
          "referenced",
          "references",
          "instantiated",
          "instantiates",
          "constructed",
          "created");

  /** Words about a type in general, and about who uses it. */
  private static final Set<String> TYPE_WORDS =
      withUsage(
          Set.of(
              "class",
              "classes",
              "type",
              "interface",
              "object",
              "enum",
              "struct",
              "trait",
              "record",
              "protocol",
              "mixin",
              "abstract",
              "base",
              "a",
              "an",
              "for",
              "about",
              "responsible",
              "role",
              "purpose",
              "mean",
              "means",
              "meant",
              "exactly",
              "represent",
              "represents",
              "model",
              "models",
              "job",
              "doing"));

  private TypeQuestion() {}

  private static Set<String> withUsage(Set<String> words) {
    Set<String> all = new java.util.HashSet<>(words);
    all.addAll(USAGE_WORDS);
    return Set.copyOf(all);
  }

  /** Whether the question asks who uses its type ("who uses X?", "where is X instantiated?"). */
  public static boolean asksUsage(String question) {
    for (String w : question.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (USAGE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name {@code question} asks about, when it has exactly one word that could be a type's name
   * (it has a capital letter, an underscore or a dot; it is in backticks; or it is a long
   * lower-case word, a compound name typed without capitals) and every other word is general; empty
   * otherwise.
   */
  public static Optional<String> subject(String question) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty() || q.length() > MAX_CHARS || q.contains("\n")) {
      return Optional.empty();
    }
    String subject = null;
    boolean first = true;
    for (String raw : q.split("\\s+")) {
      boolean quoted = raw.matches("^[`\"'\u201c\u2018].*");
      String token =
          FileQuestion.trim(raw).replaceAll("\\(\\)$", "").replaceAll("'s$|\u2019s$", "");
      if (token.isEmpty()) {
        continue;
      }
      String lower = token.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
      boolean general = OverviewQuestion.general(lower) || TYPE_WORDS.contains(lower);
      boolean nameLike =
          NAME.matcher(token).matches()
              && (quoted
                  || token.indexOf('_') >= 0
                  || token.indexOf('.') > 0
                  || !first && !token.equals(token.toLowerCase(Locale.ROOT))
                  || LOWER_RUN.matcher(token).matches());
      first = false;
      if (general && !quoted) {
        continue;
      }
      if (!nameLike || subject != null) {
        return Optional.empty();
      }
      subject = token;
    }
    return Optional.ofNullable(subject);
  }
}
