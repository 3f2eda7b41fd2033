package dev.lantern.query.retrieve;

import java.util.Set;

/** Multipliers per {@link FileRole} for one question: a role the question names is not demoted. */
record RoleWeights(double test, double doc, double config) {
  private static final Set<String> TEST_WORDS =
      Set.of("test", "tests", "testing", "unittest", "pytest", "spec", "fixture");
  private static final Set<String> DOC_WORDS =
      Set.of("doc", "docs", "documentation", "readme", "documented", "docstring");
  private static final Set<String> CONFIG_WORDS =
      Set.of("config", "configuration", "yaml", "json", "workflow", "ci", "setting", "settings");

  static RoleWeights forQuestion(AnalyzedQuery q, RetrievalWeights w) {
    Set<String> terms = q.termWeights().keySet();
    return new RoleWeights(
        terms.stream().anyMatch(TEST_WORDS::contains) ? 1.0 : w.testPenalty(),
        terms.stream().anyMatch(DOC_WORDS::contains) ? 1.0 : w.docPenalty(),
        terms.stream().anyMatch(CONFIG_WORDS::contains) ? 1.0 : w.configPenalty());
  }

  double of(FileRole role) {
    return switch (role) {
      case CODE -> 1.0;
      case TEST -> test;
      case DOC -> doc;
      case CONFIG -> config;
    };
  }
}
