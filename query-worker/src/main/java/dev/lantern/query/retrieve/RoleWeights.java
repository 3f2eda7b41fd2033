package dev.lantern.query.retrieve;

import java.util.regex.Pattern;

/**
 * Multipliers per {@link FileRole} for one question: a role the question's topic line asks about in
 * plain words ("which test covers…", "where is this documented") is not demoted. Words inside
 * identifiers ({@code test_parse}) do not count: they name code, not the kind of file wanted.
 */
record RoleWeights(double test, double doc, double config, double declaration) {
  private static final Pattern TEST_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(tests?|tested|testing|unit tests?|test suite|test cases?|fixtures?)(?![\\w(])");
  private static final Pattern DOC_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(docs|documentation|documented|readme|docstrings?|(?<!for )examples?)(?![\\w(])");
  private static final Pattern CONFIG_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(config file|configuration file|configured|yaml|workflow|ci pipeline|github actions)(?![\\w(])");

  private static final Pattern TYPE_WORDS =
      Pattern.compile(
          "(?i)(?<![\\w.])(typescript|types|typings|type definitions?|d\\.ts|stubs?)(?![\\w(])");

  /**
   * The opening of a question asking how to do something: "how do I", "how can we", "how to". The
   * word after it is the verb.
   */
  static final String HOW_DO_I =
      "(?i)^\\s*how\\s+(?:(?:do|can|should|could|would|may)\\s+(?:i|we|you|one)|to)\\s+";

  /**
   * "How do I install…", "how to deploy": a procedure, which documentation and build configuration
   * describe; the tests such a question names are what it runs, not the answer.
   */
  private static final Pattern USAGE =
      Pattern.compile(
          HOW_DO_I
              + "(?:\\w+\\s+)?(?:install|set\\s*up|setup|configure|deploy|release|contribute"
              + "|publish|upgrade|lint)\\b");

  /**
   * Verbs that are a procedure only when done to the project ("how do I run the tests?", "how to
   * build it", "how do I format the code?") and an API's action otherwise ("how do I format a
   * date?", "how do I build a request?", "how do I run middleware for a group?").
   */
  private static final Pattern PROJECT_USAGE =
      Pattern.compile(
          HOW_DO_I
              + "(?:\\w+\\s+)?(?:run|build|compile|package|start|launch|format|debug)"
              + "(?:\\s*[?.!]?\\s*$|\\s+(?:it|them|this|everything|locally)\\b"
              + "|\\s+(?:(?:the|this|my|our|your|a|an|all)\\s+)?(?:[\\w-]+\\s+){0,2}?"
              + "(?:code|codebase|project|repo|repository|tests?|test\\s+suite|suite|docs"
              + "|documentation|app|application|server|package|library|site|sources?|benchmarks?"
              + "|examples?|linters?|formatter|checks|ci|wheel|binary|image|container|cli)\\b)");

  /**
   * "How do I test a command?", "how to unit test a view": testing is the procedure asked about.
   * The guide that says how (click's "Testing Click Applications") and the tests that do it both
   * answer.
   */
  private static final Pattern TESTING_HOW_TO =
      Pattern.compile(
          HOW_DO_I
              + "(?:(?:unit[\\s-]+|integration\\s+)?test|write\\s+(?:an?\\s+)?(?:unit\\s+)?tests?)\\b"
              // "How do I test if a date is valid?": test as in check.
              + "(?!\\s+(?:if|whether|that|for\\s+whether)\\b)");

  /** "How do I test a command?", "how to write a unit test for …": a one-line question. */
  static boolean asksHowToTest(String question) {
    return isOneLineQuestion(question)
        && TESTING_HOW_TO.matcher(QueryAnalyzer.firstLine(question)).find();
  }

  /** A one-line question up to this long is a question, not an issue report. */
  static final int MAX_QUESTION_CHARS = 600;

  /**
   * Weights for one question. Issue reports (a title and a body, often with a reproduction) are
   * answered where the behaviour lives, and their pasted code matches tests strongly, so tests and
   * docs are demoted hard; a one-line question about the code ("why does the session class…") is as
   * often answered by a test or a doc page, so they are demoted less.
   */
  static RoleWeights forQuestion(AnalyzedQuery q, RetrievalWeights w) {
    boolean oneLine = isOneLineQuestion(q.question());
    // Only the topic line counts: an issue body mentions "my readme" or "the tests pass" in
    // passing, which is not a request for those files.
    String topic = QueryAnalyzer.firstLine(q.question());
    if (oneLine && procedure(topic)) {
      return new RoleWeights(
          w.questionTestPenalty(),
          1.0,
          1.0,
          TYPE_WORDS.matcher(topic).find() ? 1.0 : w.declarationPenalty());
    }
    if (asksHowToTest(q.question())) {
      return new RoleWeights(
          1.0,
          1.0,
          w.configPenalty(),
          TYPE_WORDS.matcher(topic).find() ? 1.0 : w.declarationPenalty());
    }
    return new RoleWeights(
        namesTests(topic) ? 1.0 : oneLine ? w.questionTestPenalty() : w.testPenalty(),
        DOC_WORDS.matcher(topic).find() ? 1.0 : oneLine ? w.questionDocPenalty() : w.docPenalty(),
        CONFIG_WORDS.matcher(topic).find() ? 1.0 : w.configPenalty(),
        TYPE_WORDS.matcher(topic).find() ? 1.0 : w.declarationPenalty());
  }

  /**
   * "How do I capture stdout in a test?": where the user's code runs, not what they ask for. In a
   * test framework's repository the tests themselves capture stdout in hundreds of ways.
   */
  private static final Pattern HOW_TO = Pattern.compile(HOW_DO_I + "\\w+");

  private static final Pattern IN_A_TEST =
      Pattern.compile(
          "(?i)\\b(?:in|inside|within|from|during)\\s+(?:a|an|my|your|our|each|every|one)\\s+"
              + "(?:single\\s+)?tests?\\b(?!\\s+(?:function|class|case|method|file|module))");

  /** "How do I …?", "how to …": a one-line question asking how to do something. */
  static boolean asksHowTo(String question) {
    return isOneLineQuestion(question) && HOW_TO.matcher(QueryAnalyzer.firstLine(question)).find();
  }

  /** Whether a topic line names tests, other than as the place a how-to question's code runs. */
  private static boolean namesTests(String topic) {
    String t = HOW_TO.matcher(topic).find() ? IN_A_TEST.matcher(topic).replaceAll(" ") : topic;
    return TEST_WORDS.matcher(t).find();
  }

  /** Whether the question's topic line asks for tests in plain words ("which test covers…"). */
  static boolean asksForTests(String question) {
    return asksFor(FileRole.TEST, question);
  }

  /**
   * Whether the question's topic line asks for files of this role in plain words: tests ("which
   * test…"), docs or examples ("where is this documented"), configuration ("the workflow"), types
   * ("typescript types"); a procedure ("how do I install…") asks for docs and configuration. Code
   * is always asked for.
   */
  static boolean asksFor(FileRole role, String question) {
    String topic = QueryAnalyzer.firstLine(question);
    boolean procedure = asksForProcedure(question);
    return switch (role) {
      case CODE -> true;
      case TEST -> namesTests(topic);
      case DOC -> procedure || DOC_WORDS.matcher(topic).find();
      case CONFIG -> procedure || CONFIG_WORDS.matcher(topic).find();
      case DECLARATION -> TYPE_WORDS.matcher(topic).find();
    };
  }

  /**
   * A question about one test: "the test function that verifies…", "the exception-raising test
   * and…", "this test case". Not "the test files", where "test" says which files.
   */
  private static final Pattern A_TEST =
      Pattern.compile(
          "(?i)\\b(?:the|this|that|a)\\s+(?:[\\w-]+\\s+){0,3}?tests?\\s*(?:,|\\b(?:function|class|case"
              + "|method|that|which|and|in|of|for|with|to|verif\\w*|check\\w*|validat\\w*"
              + "|ensur\\w*|assert\\w*)\\b)");

  /**
   * Whether a one-line question wants tests themselves: it asks for them as such ("which tests…",
   * "how is X tested?") or is about one test ("the test that checks…"). "Test" as what the code is
   * about ("how does pytest collect test files?") is not such a question.
   */
  static boolean testsWanted(String question) {
    return requested(question).filter(r -> r == FileRole.TEST).isPresent()
        || A_TEST.matcher(QueryAnalyzer.firstLine(question)).find();
  }

  /** "How do I run the tests?", "how to deploy it": a one-line question asking for a procedure. */
  static boolean asksForProcedure(String question) {
    return isOneLineQuestion(question) && procedure(QueryAnalyzer.firstLine(question));
  }

  private static boolean procedure(String topic) {
    return USAGE.matcher(topic).find() || PROJECT_USAGE.matcher(topic).find();
  }

  /**
   * Tests are what the question wants, not just a word in it: "which tests cover url_for?", "how is
   * get_netrc_auth tested?", "where is the test for …?". A question about code that mentions a test
   * ("what does the test class verify about X?") is not such a request.
   */
  private static final Pattern REQUESTS_TESTS =
      Pattern.compile(
          "(?i)\\b(?:which|what)\\s+(?:unit\\s+)?tests?\\b"
              + "|^\\s*(?:where|how)\\s+(?:is|are)\\s+.{1,60}?\\s+tested\\b"
              + "|^\\s*(?:is|are)\\s+.{1,60}?\\s+tested\\b"
              + "|\\btests?\\s+(?:for|that\\s+cover|covering)\\b"
              + "|\\bwhere\\s+(?:are|is)\\s+the\\s+tests?\\b");

  /** Documentation is what the question wants: "where is X documented?", "docs for X". */
  private static final Pattern REQUESTS_DOCS =
      Pattern.compile(
          "(?i)\\b(?:which|what)\\s+(?:docs|documentation)\\b"
              + "|^\\s*where\\s+(?:is|are)\\s+.{1,60}?\\s+documented\\b"
              + "|\\b(?:docs|documentation)\\s+(?:for|of|about|on)\\b"
              + "|\\bwhere\\s+(?:is|are)\\s+the\\s+(?:docs|documentation)\\b");

  /** The role a one-line question asks to be shown, if it asks for tests or for docs. */
  static java.util.Optional<FileRole> requested(String question) {
    if (!isOneLineQuestion(question)) {
      return java.util.Optional.empty();
    }
    boolean tests = REQUESTS_TESTS.matcher(question).find();
    boolean docs = REQUESTS_DOCS.matcher(question).find();
    return tests == docs
        ? java.util.Optional.empty()
        : java.util.Optional.of(tests ? FileRole.TEST : FileRole.DOC);
  }

  static boolean isOneLineQuestion(String text) {
    String t = text.strip();
    return t.indexOf('\n') < 0 && t.length() <= MAX_QUESTION_CHARS;
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
