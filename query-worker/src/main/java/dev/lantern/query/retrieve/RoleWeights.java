package dev.lantern.query.retrieve;

import java.util.regex.Pattern;

/**
 * Multipliers per {@link FileRole} for one question: a role the question asks about in plain words
 * ("which test covers…", "where is this documented") is not demoted. Words inside identifiers
 * ({@code test_parse}) do not count: they name code, not the kind of file wanted.
 */
record RoleWeights(double test, double doc, double config, double declaration) {
  private static final Pattern TEST_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(tests?|testing|unit tests?|test suite|test cases?|fixtures?)(?![\\w(])");
  private static final Pattern DOC_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(docs|documentation|documented|readme|docstrings?)(?![\\w(])");
  private static final Pattern CONFIG_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(config file|configuration file|yaml|workflow|ci pipeline|github actions)(?![\\w(])");

  private static final Pattern TYPE_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(typescript|types|typings|type definitions?|d\\.ts|stubs?)(?![\\w(])");

  static RoleWeights forQuestion(AnalyzedQuery q, RetrievalWeights w) {
    String text = q.question();
    return new RoleWeights(
        TEST_WORDS.matcher(text).find() ? 1.0 : w.testPenalty(),
        DOC_WORDS.matcher(text).find() ? 1.0 : w.docPenalty(),
        CONFIG_WORDS.matcher(text).find() ? 1.0 : w.configPenalty(),
        TYPE_WORDS.matcher(text).find() ? 1.0 : w.declarationPenalty());
  }

  double of(FileRole role) {
    return switch (role) {
      case CODE -> 1.0;
      case TEST -> test;
      case DOC -> doc;
      case CONFIG -> config;
      case DECLARATION -> declaration;
    };
  }
}
