package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowQuestionTest {
  @Test
  void questionsForASequenceOfStepsAreToldFromQuestionsAboutOnePlace() {
    assertThat(FlowQuestion.asks("what happens when a request comes in?")).isTrue();
    assertThat(FlowQuestion.asks("Walk me through the login process")).isTrue();
    assertThat(FlowQuestion.asks("explain the lifecycle of a session")).isTrue();
    assertThat(FlowQuestion.asks("how does a request flow through the middleware?")).isTrue();
    // One place, with "flow" or "lifecycle" as a word in it.
    assertThat(FlowQuestion.asks("Where does the control flow in check_ellipsis branch?"))
        .isFalse();
    assertThat(
            FlowQuestion.asks(
                "Where does the cache dictionary control the data flow through the check?"))
        .isFalse();
    assertThat(FlowQuestion.asks("what is the lifecycle hook for teardown?")).isFalse();
    assertThat(FlowQuestion.asks("what happens\nwhen it fails")).isFalse();
  }

  @Test
  void theFunctionThatDrivesTheOthersLeads(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      code.define(
          "src/ctx.py",
          Language.PYTHON,
          "",
          "after_this_request",
          "def after_this_request(f):\n    return f\n");
      code.define(
          "src/app.py",
          Language.PYTHON,
          "Flask",
          "preprocess_request",
          "    def preprocess_request(self):\n        return None\n");
      code.blank("src/app.py");
      code.define(
          "src/app.py",
          Language.PYTHON,
          "Flask",
          "finalize_request",
          "    def finalize_request(self, rv):\n        return rv\n");
      code.blank("src/app.py");
      code.define(
          "src/app.py",
          Language.PYTHON,
          "Flask",
          "full_dispatch_request",
          "    def full_dispatch_request(self):\n"
              + "        rv = self.preprocess_request()\n"
              + "        return self.finalize_request(rv)\n",
          "preprocess_request",
          "finalize_request");
      code.define(
          "tests/test_app.py",
          Language.PYTHON,
          "",
          "test_all",
          "def test_all(app):\n    app.preprocess_request()\n    app.finalize_request(1)\n",
          "preprocess_request",
          "finalize_request");
      IndexCallees callees = new IndexCallees(code.index().lexical());
      List<Location> found =
          List.of(
              code.place("test_all"),
              code.place("after_this_request"),
              code.place("Flask.finalize_request"),
              code.place("Flask.full_dispatch_request"),
              code.place("Flask.preprocess_request"));
      List<Location> led = FlowQuestion.drivenFrom(found, callees);
      // The driver leads; the test calls as much but is no product code; the rest keep order.
      assertThat(led)
          .extracting(Location::symbol)
          .containsExactly(
              "Flask.full_dispatch_request",
              "test_all",
              "after_this_request",
              "Flask.finalize_request",
              "Flask.preprocess_request");
      // Retrieval applies it to a question for steps, and only to such a question.
      HybridRetriever r = new HybridRetriever(code.index(), java.util.Optional.empty());
      assertThat(
              r.retrieve("what happens when a request comes in?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .symbol())
          .isEqualTo("Flask.full_dispatch_request");
      assertThat(
              r.retrieve("where is the request finalized?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .symbol())
          .isEqualTo("Flask.finalize_request");
      // Without the two it drives, nothing calls two others: the order stays.
      List<Location> fewer = List.of(code.place("after_this_request"), found.get(3));
      assertThat(FlowQuestion.drivenFrom(fewer, callees)).isEqualTo(fewer);
      // When none drives two, the caller of the best place leads: it is where the steps start.
      List<Location> one =
          List.of(
              code.place("Flask.finalize_request"),
              code.place("after_this_request"),
              code.place("Flask.full_dispatch_request"));
      assertThat(FlowQuestion.drivenFrom(one, callees))
          .extracting(Location::symbol)
          .containsExactly(
              "Flask.full_dispatch_request", "Flask.finalize_request", "after_this_request");
    }
  }
}
