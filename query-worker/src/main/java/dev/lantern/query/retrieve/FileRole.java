package dev.lantern.query.retrieve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a file is for, from its path: implementation code, tests (and benchmarks), docs (and the
 * code in the docs and examples folders) or configuration. Questions about behaviour are answered
 * by code; tests, docs and config rank below code that matches as well, unless the question is
 * about them.
 */
public enum FileRole {
  CODE,
  TEST,
  DOC,
  CONFIG,
  /** Type declarations beside an implementation: TypeScript .d.ts, Python .pyi stubs. */
  DECLARATION;

  private static final Pattern TEST_PATH =
      Pattern.compile(
          "(^|/)(tests?|__tests__|spec|specs|testing|testdata)/|(^|/)test_[^/]*$|_test\\.[a-z]+$|(Test|Tests|IT|Spec)\\.(java|kt|scala|groovy)$|\\.(test|spec)\\.[jt]sx?$|(^|/)conftest\\.py$");

  /**
   * A top-level module of tests, named so with a separator: gson's test-shrinker, okhttp's
   * android-test and okhttp-testing-support, mockito's mockito-integration-tests.
   */
  private static final Pattern TEST_MODULE =
      Pattern.compile("^(?:[^/]*[-_])?(?:tests?|testing)(?:[-_][^/]*)?/");

  // Top-level folders only: a package named doc or bench deeper down is product code.
  private static final Pattern DOC_DIR = Pattern.compile("^(docs?|examples?|samples?)/");

  /** TypeScript declarations, also for CommonJS and ES modules (axios's index.d.cts). */
  private static final Pattern DECLARATION_FILE = Pattern.compile("\\.d\\.[cm]?ts$");

  private static final Pattern TYPES_DIR = Pattern.compile("(^|/)(types|typings)/");

  private static final Pattern GO_DOC_PACKAGE = Pattern.compile("^docs?/");
  private static final Pattern BENCH_DIR = Pattern.compile("^(benchmarks?|bench|asv_bench)/");
  private static final Set<String> DOC_EXT = Set.of("md", "markdown", "rst", "txt", "adoc", "tex");

  /**
   * HTML is documentation in a docs folder, and elsewhere the product's pages: a web app's views
   * (spring-petclinic's src/main/resources/templates/), a site's index.html.
   */
  private static final Set<String> PAGE_EXT = Set.of("html", "htm");

  private static final Set<String> CONFIG_EXT =
      Set.of(
          "json",
          "yaml",
          "yml",
          "toml",
          "ini",
          "cfg",
          "conf",
          "properties",
          "xml",
          "lock",
          "gradle");

  /** The role of a repository-relative path. */
  public static FileRole of(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    String name = lower.substring(lower.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ext = dot >= 0 ? name.substring(dot + 1) : "";
    if (DOC_EXT.contains(ext)
        || (PAGE_EXT.contains(ext) && DOC_DIR.matcher(lower).find())
        || dot < 0
            && (name.startsWith("readme")
                || name.startsWith("license")
                || name.startsWith("changelog")
                || name.startsWith("contributing"))) {
      return DOC;
    }
    // Dot-directories (.github, .mvn, .circleci) hold tooling, not the product's code.
    if (lower.startsWith(".")
        || lower.contains("/.")
        || CONFIG_EXT.contains(ext)
        || name.equals("makefile")
        || name.equals("dockerfile")
        || name.equals("go.mod")
        || name.equals("go.work")) {
      return CONFIG;
    }
    if (name.matches(".*\\.(conf|config)\\.[cm]?[jt]s$")
        || name.equals("gulpfile.js")
        || name.equals("gruntfile.js")) {
      return CONFIG;
    }
    // Benchmarks exercise the code the way tests do.
    if (TEST_PATH.matcher(path).find()
        || TEST_MODULE.matcher(lower).find()
        || BENCH_DIR.matcher(lower).find()) {
      return TEST;
    }
    // Code in the docs and examples folders shows how to use the product; it is not the product.
    // Go is the exception for doc/ and docs/: a Go folder is a package (cobra's doc/ generates man
    // pages and markdown), and Go's examples live in _test.go files.
    if (DOC_DIR.matcher(lower).find()
        && !(ext.equals("go") && GO_DOC_PACKAGE.matcher(lower).find())) {
      return DOC;
    }
    // TypeScript's types/ folders hold declarations only, as .d.ts files do.
    if (DECLARATION_FILE.matcher(name).find()
        || ext.equals("pyi")
        || (ext.equals("ts") && TYPES_DIR.matcher(lower).find())) {
      return DECLARATION;
    }
    return CODE;
  }
}
