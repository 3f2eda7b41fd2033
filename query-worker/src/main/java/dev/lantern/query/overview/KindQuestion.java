package dev.lantern.query.overview;

import dev.lantern.query.retrieve.FileRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Where are the tests?", "where are the html templates?", "where do the migrations live?": a
 * question about a kind of file, answered by the folder that holds them. Searched by its words,
 * Express's "where are the tests?" opened with one test helper, and spring-petclinic's "where are
 * the html templates?" with one template.
 */
public final class KindQuestion {
  private static final Pattern ASKS =
      Pattern.compile(
          "(?i)^\\s*(?:where\\s+(?:are|do|can\\s+i\\s+find|would\\s+i\\s+find|should\\s+i\\s+put)"
              + "|which\\s+(?:folders?|director(?:y|ies))\\s+(?:has|have|holds?|contains?))"
              + "\\s+(?:all\\s+)?(?:of\\s+)?(?:the\\s+|my\\s+|our\\s+|its\\s+)?"
              + "((?:[a-z][\\w-]*\\s+)?[a-z][\\w-]*)\\s*\\??\\s*$");

  /** Plural words for tests. */
  private static final Set<String> TESTS = Set.of("tests", "specs", "test", "unit tests");

  private static final Set<String> DOCS = Set.of("docs", "documentation", "guides");

  private static final Set<String> TEMPLATES = Set.of("templates", "views", "html templates");

  /** Extensions of template files. */
  private static final Pattern TEMPLATE_FILE =
      Pattern.compile(
          "(?i).*\\.(?:html?|jinja2?|j2|hbs|handlebars|ejs|pug|jade|mustache|njk|tmpl|tpl|erb"
              + "|twig|liquid)$");

  /** Share of the kind's files the folder answered with must hold. */
  static final double SHARE = 0.8;

  private KindQuestion() {}

  /** The files the question asks for, as a test of paths; empty when it asks for no kind. */
  public static Optional<Predicate<String>> kind(String question) {
    Matcher m = ASKS.matcher(question);
    if (!m.matches()) {
      return Optional.empty();
    }
    String words = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    // "where do the migrations live?": the verb after the noun says nothing of the kind.
    words = words.replaceFirst(" (?:live|kept|stored|located|found|go|defined|written)$", "");
    String last = words.substring(words.lastIndexOf(' ') + 1);
    if (TESTS.contains(words) || words.endsWith(" tests") && !words.startsWith("the ")) {
      return Optional.of(p -> FileRole.of(p) == FileRole.TEST);
    }
    if (DOCS.contains(words)) {
      return Optional.of(p -> FileRole.of(p) == FileRole.DOC && p.contains("/"));
    }
    if (TEMPLATES.contains(words)) {
      return Optional.of(p -> TEMPLATE_FILE.matcher(p).matches() || inFolderNamed(p, last));
    }
    // "the migrations", "the fixtures": files in a folder of that name.
    if (!last.endsWith("s") || last.length() < 4) {
      return Optional.empty();
    }
    return Optional.of(p -> inFolderNamed(p, last));
  }

  private static boolean inFolderNamed(String path, String name) {
    return ("/" + path.toLowerCase(Locale.ROOT)).contains("/" + name + "/");
  }

  /**
   * The deepest folder (ending in '/') that holds at least {@link #SHARE} of the {@code paths}
   * matching {@code kind} (else the top-level folder holding most of them, if half), then other
   * top-level folders holding a tenth of them or more; empty when none match, or when they sit in
   * the root or all over (Go's tests beside their code).
   */
  public static List<String> folders(List<String> paths, Predicate<String> kind) {
    List<String> matching = paths.stream().filter(kind).toList();
    if (matching.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String p : matching) {
      for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
        counts.merge(p.substring(0, i + 1), 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= SHARE * matching.size()
          && (best == null || depth(e.getKey()) > depth(best))) {
        best = e.getKey();
      }
    }
    if (best == null) {
      // Spread out: the top-level folder holding most of them, if it holds half.
      best =
          counts.entrySet().stream()
              .filter(e -> depth(e.getKey()) == 1 && e.getValue() >= 0.5 * matching.size())
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
    }
    List<String> out = new ArrayList<>();
    if (best != null) {
      out.add(best);
    }
    // Other top-level homes of the kind ("tests/" and "testing/").
    String chosen = best;
    counts.entrySet().stream()
        .filter(e -> depth(e.getKey()) == 1 && e.getValue() >= 0.1 * matching.size())
        .filter(e -> chosen == null || !chosen.startsWith(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.add(e.getKey()));
    return best == null ? List.of() : out;
  }

  private static int depth(String folder) {
    return (int) folder.chars().filter(c -> c == '/').count();
  }
}
