package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.FileRole;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that answers a question for a value ("what is the default timeout?", "how many redirects
 * are allowed?", "which port is used by default?"): a line of one of the first places found that
 * sets a name to a literal ({@code timeout: 0,}, {@code DEFAULT_REDIRECT_LIMIT = 30}, {@code return
 * ":8080"}) and, with the lines just above it, holds the question's words. The answer quotes it, so
 * the user reads the value without opening the file.
 */
final class ValueLine {
  /** Asking for a value rather than for behaviour. */
  private static final Pattern ASKS =
      Pattern.compile(
          "^\\s*(?:what|which)(?:'s|\\s+is|\\s+are|\\s+was)\\s+(?:the\\s+)?"
              + "(?:default|max|maximum|min|minimum|initial|limit|value)\\b"
              + "|^\\s*how\\s+(?:many|long|much|big|large)\\b"
              + "|\\bby\\s+default\\b"
              + "|\\bdefault\\s+(?:value|setting)s?\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A number (10_000, 30L, 1.5), a string, or a boolean. Not None or null: a parameter that
   * defaults to None is set later ({@code digest_method=None}, then the class's default).
   */
  private static final String LITERAL =
      "(?:-?\\d[\\d_.]*(?:[eE]-?\\d+)?[a-zA-Z]{0,2}|\"[^\"]*\"|'[^']*'|`[^`]*`"
          + "|true|false|True|False)";

  /**
   * A line ending in an assignment or a key set to a literal, perhaps followed by closing
   * punctuation and a comment; group 1 is what is set ({@code timeout}, {@code
   * DEFAULT_REDIRECT_LIMIT: int}). Comparisons ({@code ==}, {@code <=}) and arrows are not
   * assignments.
   */
  private static final Pattern SETS_LITERAL =
      Pattern.compile(
          "^(.*?)(?:(?<![=!<>])=(?![=>])|:)\\s*" + LITERAL + "\\s*[,;)\\]}]*\\s*(?:(?://|#).*)?$");

  /** A function's literal result ({@code return ":8080"}), told by the lines above it. */
  private static final Pattern RETURNS_LITERAL =
      Pattern.compile("^return\\s+" + LITERAL + "\\s*;?\\s*(?:(?://|#).*)?$");

  /** Words that frame a question for a value (as searched, a prefix of the stem). */
  private static final Pattern FRAME = Pattern.compile("defaul\\w*|max\\w*|min\\w*|initia\\w*");

  /** A returned literal is a default only where the lines above say so. */
  private static final Pattern SAYS_DEFAULT =
      Pattern.compile("\\bdefault", Pattern.CASE_INSENSITIVE);

  private static final Pattern EXAMPLE_OR_COMMENT =
      Pattern.compile("^(?:>>>|\\.\\.\\.|#|//|/\\*|\\*)");

  /** Lines above a value line read with it: its comment, or the message before a return. */
  static final int CONTEXT_LINES = 3;

  /** Places looked through: the opening one and those right after it. */
  static final int PLACES = 3;

  record Found(Location place, int line, String text) {}

  private ValueLine() {}

  static boolean asks(String question) {
    String q = question.strip();
    return q.length() <= 200 && q.indexOf('\n') < 0 && ASKS.matcher(q).find();
  }

  /**
   * The best value line among the first {@link #PLACES} places of code or configuration, each read
   * with {@code reader}: a line that sets a name holding what the value is of ({@code keys}: each
   * of the question's words with its forms, lower case; both of two such words, or half of more,
   * not counting "default" or "max"), or returns a literal below lines that hold them and say
   * "default"; the one that, with the lines above it, holds the most words wins, then the one
   * naming more, then the earlier place. When none of them holds such a line, the whole file of the
   * first place is read for a name set to a literal (okhttp's {@code connectTimeout = 10_000} among
   * the fields of the builder whose method was found).
   */
  static Optional<Found> find(List<Location> places, List<List<String>> keys, PlaceText reader) {
    if (keys.isEmpty() || places.isEmpty()) {
      return Optional.empty();
    }
    // "default", "max": how the question asks, not what the value is of; a line must name the
    // rest ("timeout"), or `default_key_derivation` would answer "the default digest method".
    List<List<String>> framed =
        keys.stream().filter(k -> !FRAME.matcher(k.get(0)).matches()).toList();
    List<List<String>> subject = framed.isEmpty() ? keys : framed;
    // Both of two words ("connect timeout"), or half of more.
    int needed = subject.size() <= 2 ? subject.size() : (subject.size() + 1) / 2;
    Best best = new Best();
    for (Location place : places.subList(0, Math.min(PLACES, places.size()))) {
      scan(place, reader, subject, needed, true, best);
    }
    if (best.found == null) {
      Location top = places.get(0);
      scan(
          new Location(top.path(), 1, Integer.MAX_VALUE - 1, "", "", "", "", 0, ""),
          reader,
          subject,
          needed,
          false,
          best);
    }
    return Optional.ofNullable(best.found);
  }

  /** The best line so far: with the lines above it, the most words; then the most named. */
  private static final class Best {
    Found found;
    int all;
    int own = -1;
  }

  /**
   * Offers each value line of {@code place} to {@code best}; {@code returns} also counts a literal
   * returned under lines that hold the words (only within a place the search found).
   */
  private static void scan(
      Location place,
      PlaceText reader,
      List<List<String>> keys,
      int needed,
      boolean returns,
      Best best) {
    // A test sets values of its own (`s.max_redirects = 5`); the product's are in its code and
    // configuration.
    FileRole role = FileRole.of(place.path());
    if (role != FileRole.CODE && role != FileRole.CONFIG) {
      return;
    }
    List<String> lines = reader.of(place).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      // An example in a doc comment (a doctest's ">>> x.reindex(fill_value=0)") or a comment
      // shows a use, not where the value is set.
      if (EXAMPLE_OR_COMMENT.matcher(text).find()) {
        continue;
      }
      Set<Integer> context = new HashSet<>();
      boolean saysDefault = false;
      for (int j = Math.max(0, i - CONTEXT_LINES); j < i; j++) {
        context.addAll(held(keys, lines.get(j)));
        saysDefault |= SAYS_DEFAULT.matcher(lines.get(j)).find();
      }
      // What is set must be named by the question ("timeout: 0" for the default timeout), or a
      // returned literal must be explained just above it ("Using port :8080 by default").
      Matcher sets = SETS_LITERAL.matcher(text);
      Set<Integer> own;
      if (sets.find()) {
        String target = setName(sets.group(1));
        own = held(keys, target.substring(Math.max(0, target.length() - 60)));
        if (own.size() < needed) {
          continue;
        }
      } else if (returns
          && saysDefault
          && RETURNS_LITERAL.matcher(text).find()
          && context.size() >= needed) {
        own = Set.of();
      } else {
        continue;
      }
      Set<Integer> all = new HashSet<>(own);
      all.addAll(context);
      if (all.size() > best.all || (all.size() == best.all && own.size() > best.own)) {
        best.found = new Found(place, place.startLine() + i, text);
        best.all = all.size();
        best.own = own.size();
      }
    }
  }

  /**
   * What an assignment's left side sets: the part after the last opening bracket or comma, so that
   * a keyword argument sets its own name ({@code raising} in {@code mp.setattr(Config, "rootdir",
   * …, raising=False)}, not "rootdir") and a key of a one-line object sets the key.
   */
  static String setName(String left) {
    int cut = -1;
    for (char c : new char[] {'(', ',', '{'}) {
      cut = Math.max(cut, left.lastIndexOf(c));
    }
    return left.substring(cut + 1);
  }

  /** Indices of the keys whose forms occur in {@code line}. */
  private static Set<Integer> held(List<List<String>> keys, String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    Set<Integer> out = new HashSet<>();
    for (int k = 0; k < keys.size(); k++) {
      if (keys.get(k).stream().anyMatch(lower::contains)) {
        out.add(k);
      }
    }
    return out;
  }
}
