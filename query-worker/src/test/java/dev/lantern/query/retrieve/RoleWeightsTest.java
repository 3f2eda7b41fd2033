package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleWeightsTest {
  private final QueryAnalyzer analyzer = new QueryAnalyzer();
  private final RetrievalWeights w = RetrievalWeights.defaults();

  private RoleWeights roles(String question) {
    return RoleWeights.forQuestion(analyzer.analyze(question), w);
  }

  @Test
  void issueReportsDemoteTestsAndDocsMoreThanOneLineQuestions() {
    RoleWeights issue =
        roles("Session cookie not refreshed\nWhen I set SESSION_REFRESH_EACH_REQUEST the cookie…");
    RoleWeights question = roles("why is the session cookie refreshed on each request?");
    assertThat(issue.of(FileRole.TEST)).isEqualTo(w.testPenalty());
    assertThat(issue.of(FileRole.DOC)).isEqualTo(w.docPenalty());
    assertThat(question.of(FileRole.TEST)).isEqualTo(w.questionTestPenalty());
    assertThat(question.of(FileRole.DOC)).isEqualTo(w.questionDocPenalty());
    assertThat(question.of(FileRole.TEST)).isGreaterThan(issue.of(FileRole.TEST));
    assertThat(question.of(FileRole.CODE)).isEqualTo(1.0);
  }

  @Test
  void aRoleNamedInPlainWordsIsNotDemotedButOneInsideAnIdentifierIs() {
    assertThat(roles("which test covers cookie refresh?").of(FileRole.TEST)).isEqualTo(1.0);
    assertThat(roles("where is refresh documented?").of(FileRole.DOC)).isEqualTo(1.0);
    assertThat(roles("what does test_refresh_cookie check?").of(FileRole.TEST))
        .isEqualTo(w.questionTestPenalty());
    // Asking for an example wants the docs and examples folders; "for example" is just prose.
    assertThat(roles("is there an example of a custom session class?").of(FileRole.DOC))
        .isEqualTo(1.0);
    assertThat(roles("how are cookies signed, for example the session one?").of(FileRole.DOC))
        .isEqualTo(w.questionDocPenalty());
  }

  @Test
  void roleWordsCountOnlyInAnIssueTitle() {
    RoleWeights incidental =
        roles(
            "Stats card shows wrong count\nI added the card to my readme and the tests pass, but…");
    assertThat(incidental.of(FileRole.DOC)).isEqualTo(w.docPenalty());
    assertThat(incidental.of(FileRole.TEST)).isEqualTo(w.testPenalty());
    RoleWeights asked = roles("Readme example for the stats card is wrong\nThe snippet uses…");
    assertThat(asked.of(FileRole.DOC)).isEqualTo(1.0);
  }

  @Test
  void aVeryLongSingleLineIsTreatedAsAReport() {
    String wall = "the cookie is not refreshed ".repeat(40);
    assertThat(RoleWeights.isOneLineQuestion(wall)).isFalse();
    assertThat(roles(wall).of(FileRole.TEST)).isEqualTo(w.testPenalty());
  }

  @Test
  void aHowDoIQuestionAsksForDocsAndBuildConfigurationNotForTests() {
    for (String q :
        List.of(
            "how do I run the tests?",
            "How can we build the docs locally?",
            "how to set up a development environment",
            "how should I configure logging?")) {
      RoleWeights r = roles(q);
      assertThat(r.of(FileRole.DOC)).as(q).isEqualTo(1.0);
      assertThat(r.of(FileRole.CONFIG)).as(q).isEqualTo(1.0);
      assertThat(r.of(FileRole.TEST)).as(q).isEqualTo(w.questionTestPenalty());
    }
    // A question about the code's own behaviour is not a procedure.
    RoleWeights behaviour = roles("how does the runner run the tests?");
    assertThat(behaviour.of(FileRole.TEST)).isEqualTo(1.0);
    assertThat(behaviour.of(FileRole.CONFIG)).isEqualTo(w.configPenalty());
    assertThat(roles("how do I write a test for sessions?").of(FileRole.TEST)).isEqualTo(1.0);
  }

  @Test
  void runBuildAndFormatAreAProcedureOnlyWhenDoneToTheProject() {
    for (String q :
        List.of(
            "how do I run the tests?",
            "how do I run a single test?",
            "how to build it",
            "how can I build the docs locally?",
            "how do I format the code?",
            "how do I start the development server?",
            "how do I debug?")) {
      assertThat(RoleWeights.asksForProcedure(q)).as(q).isTrue();
    }
    for (String q :
        List.of(
            "how do I format a date?",
            "how do I build a request?",
            "how do I run middleware for a route group?",
            "how do I start a timer?",
            "how do I run a function in the app context?")) {
      assertThat(RoleWeights.asksForProcedure(q)).as(q).isFalse();
      assertThat(roles(q).of(FileRole.DOC)).as(q).isEqualTo(w.questionDocPenalty());
    }
  }

  @Test
  void inATestIsWhereAHowToQuestionsCodeRunsNotWhatItAsksFor() {
    assertThat(roles("how do I capture stdout in a test?").of(FileRole.TEST))
        .isEqualTo(w.questionTestPenalty());
    assertThat(roles("how can I use a temporary directory inside my tests?").of(FileRole.TEST))
        .isEqualTo(w.questionTestPenalty());
    // Elsewhere, or naming one test, the word still asks for tests.
    assertThat(roles("how is stdout captured in a test?").of(FileRole.TEST)).isEqualTo(1.0);
    assertThat(roles("how do I read the output in a test function?").of(FileRole.TEST))
        .isEqualTo(1.0);
  }

  @Test
  void aQuestionThatWantsTestsOrDocsIsToldFromOneThatMentionsThem() {
    assertThat(RoleWeights.requested("which tests cover url_for?")).contains(FileRole.TEST);
    assertThat(RoleWeights.requested("how is get_netrc_auth tested?")).contains(FileRole.TEST);
    assertThat(RoleWeights.requested("Where is the test class for URL building defined?"))
        .contains(FileRole.TEST);
    assertThat(RoleWeights.requested("where are persistent flags documented?"))
        .contains(FileRole.DOC);
    assertThat(RoleWeights.requested("where is the documentation for hooks?"))
        .contains(FileRole.DOC);
    // Mentioning a test is not asking for one; nor is an issue report.
    assertThat(RoleWeights.requested("What does the test class verify about redirects?")).isEmpty();
    assertThat(RoleWeights.requested("which tests cover it?\nThe docs for it are wrong."))
        .isEmpty();
    assertThat(RoleWeights.requested("how are uploads retried?")).isEmpty();
  }

  @Test
  void testsAreWantedWhenAskedForAsSuchOrWhenTheQuestionIsAboutOneTest() {
    assertThat(RoleWeights.testsWanted("which tests cover url_for?")).isTrue();
    assertThat(RoleWeights.testsWanted("what does the test function that checks redirects do?"))
        .isTrue();
    assertThat(RoleWeights.testsWanted("why is the exception-raising test and its handler split?"))
        .isTrue();
    assertThat(RoleWeights.testsWanted("how does pytest collect test files?")).isFalse();
    assertThat(RoleWeights.testsWanted("how are fixtures discovered?")).isFalse();
    assertThat(RoleWeights.testsWanted("how do I capture stdout in a test?")).isFalse();
  }
}
