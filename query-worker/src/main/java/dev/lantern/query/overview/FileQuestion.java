package dev.lantern.query.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a question about one file as a whole ("what does src/flask/ctx.py do?", "explain ctx.py",
 * "what is in `utils.js`?", "what does the sessions module do?", "what is in the doc folder?") from
 * a question that only mentions a file. Such a question names a file and nothing else to look for,
 * so its answer is the file's outline, not the chunk that happens to score best.
 */
public final class FileQuestion {
  /** Longer questions carry a subject of their own. */
  private static final int MAX_CHARS = 200;

  /** A path ("a/b"), or a file name with an extension ("ctx.py", "Gson.java"). */
  private static final Pattern PATH_LIKE =
      Pattern.compile("[\\w.@+-]*/[\\w./@+-]*|[\\w@+-][\\w.@+-]*\\.[A-Za-z][A-Za-z0-9]{0,7}");

  /** A bare name ("sessions", "doc") names a file or folder when one of these words is with it. */
  private static final Set<String> CONTAINERS =
      Set.of(
          "file",
          "folder",
          "directory",
          "dir",
          "package",
          "module",
          "plugin",
          "component",
          "middleware");

  /**
   * Of {@link #CONTAINERS}, the words that name a folder first (a Go or Python package is one, and
   * so is a plugin where plugins are folders; where there is no such folder, the file is taken).
   */
  private static final Set<String> FOLDERS =
      Set.of("folder", "directory", "dir", "package", "plugin");

  /** Words before "package" or "module" that say which one without naming it ("this module"). */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "this", "that", "these", "those", "a", "an", "each", "every", "its", "our", "your",
          "my", "which", "what", "whole", "main", "top", "root", "current", "same");

  private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][\\w-]*");

  /** Words about a file in general, besides the overview and framing words. */
  private static final Set<String> FILE_WORDS =
      Set.of(
          "file",
          "plugin",
          "component",
          "middleware",
          "folder",
          "directory",
          "dir",
          "package",
          "module",
          "class",
          "script",
          "contain",
          "contains",
          "containing",
          "inside",
          "define",
          "defines",
          "defined",
          "responsible",
          "role",
          "job",
          "doing",
          "for",
          "there",
          "walk",
          "through",
          "explained",
          "mean",
          "means",
          "meant");

  private FileQuestion() {}

  /**
   * The path or file name that {@code question} asks about, when the question names exactly one and
   * every other word is about files or projects in general; empty otherwise. A bare name without
   * extension or slash counts when a word such as "module" or "folder" says it is one. The name is
   * as typed ({@code ./} and a trailing {@code /} removed); whether the index holds it is for the
   * caller to find out.
   */
  public static Optional<String> subject(String question) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty() || q.length() > MAX_CHARS || q.contains("\n")) {
      return Optional.empty();
    }
    String subject = null;
    String bare = null;
    String named = null; // a general word that a container word follows: "the app package"
    String previous = "";
    boolean container = false;
    for (String raw : q.split("\\s+")) {
      String token = trim(raw);
      if (token.isEmpty()) {
        continue;
      }
      String before = previous;
      previous = token;
      if (PATH_LIKE.matcher(token).matches() && token.chars().anyMatch(Character::isLetter)) {
        if (subject != null) {
          return Optional.empty(); // two files: a question about how they relate
        }
        subject = token.replaceFirst("^\\./", "").replaceFirst("/+$", "");
        continue;
      }
      List<String> words = words(token);
      if (words.stream().anyMatch(CONTAINERS::contains)) {
        container = true;
        if (named == null
            && BARE_NAME.matcher(before).matches()
            && !DETERMINERS.contains(before.toLowerCase(Locale.ROOT))
            && !FILE_WORDS.contains(before.toLowerCase(Locale.ROOT))) {
          named = before;
        }
      }
      if (words.stream().allMatch(w -> OverviewQuestion.general(w) || FILE_WORDS.contains(w))) {
        continue;
      }
      if (bare != null || !BARE_NAME.matcher(token).matches()) {
        return Optional.empty(); // a subject besides the name: a search answers it
      }
      bare = token;
    }
    if (bare != null) {
      return subject == null && container ? Optional.of(bare) : Optional.empty();
    }
    if (subject == null && named != null) {
      return Optional.of(named);
    }
    return Optional.ofNullable(subject).filter(s -> !s.isEmpty());
  }

  /** Whether {@code question} calls what it asks about a folder or package, not a file. */
  public static boolean asksForFolder(String question) {
    return question != null
        && java.util.Arrays.stream(question.split("\\s+"))
            .flatMap(t -> words(t).stream())
            .anyMatch(FOLDERS::contains);
  }

  /** A token without the quotes, brackets and sentence punctuation around it. */
  static String trim(String raw) {
    return raw.replaceAll("^[\"'`\u201c\u2018(\\[<]+|[\"'`\u201d\u2019)\\]>?!,;:.]+$", "");
  }

  private static List<String> words(String token) {
    List<String> out = new ArrayList<>();
    for (String w : token.toLowerCase(Locale.ROOT).split("[^\\p{L}'\u2019-]+")) {
      w = w.replace("'", "").replace("\u2019", "").replace("-", "");
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
