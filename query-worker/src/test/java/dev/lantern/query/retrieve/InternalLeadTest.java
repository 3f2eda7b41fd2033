package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class InternalLeadTest {
  private static StoredChunk chunk(
      int ord, String path, String language, String kind, String symbol, String signature) {
    return new StoredChunk(
        ord, path, language, kind, 10, 20, symbol, symbol, signature, "", signature + " ...");
  }

  private final List<StoredChunk> chunks =
      List.of(
          chunk(
              0,
              "httpx/_client.py",
              "py",
              "FUNCTION",
              "BaseClient._set_timeout",
              "def _set_timeout(self, request)"),
          chunk(
              1,
              "httpx/_exceptions.py",
              "py",
              "TYPE",
              "TimeoutException",
              "class TimeoutException"),
          chunk(2, "tests/test_config.py", "py", "FUNCTION", "test_timeout", "def test_timeout()"),
          chunk(
              3,
              "httpx/_client.py",
              "py",
              "FUNCTION",
              "BaseClient.timeout",
              "def timeout(self, timeout)"),
          chunk(4, "docs/advanced/timeouts.md", "markdown", "SECTION", "Timeouts", ""));
  private final IntFunction<StoredChunk> at = chunks::get;
  private final Map<Integer, Double> scores = Map.of(0, 0.27, 1, 0.25, 2, 0.22, 3, 0.21, 4, 0.17);
  private final List<Integer> ranked = List.of(0, 1, 2, 3, 4);

  @Test
  void aHowToQuestionOpensWithWhatAPersonCanCallNotAPrivateHelper() {
    String q = "how do I set a timeout?";
    // Past the exception type and the test, the public function.
    assertThat(InternalLead.instead(q, 0, ranked, scores, at, 0.5, 10)).isEqualTo(3);
    // A guide serves as well when it comes first.
    assertThat(InternalLead.instead(q, 0, List.of(0, 4, 3), scores, at, 0.5, 10)).isEqualTo(4);
    // Too far below the best: it stays.
    assertThat(InternalLead.instead(q, 0, ranked, scores, at, 0.9, 10)).isNull();
    // A public opening stays; so does any opening of a question that is no how-to, or one about
    // changing the code.
    assertThat(InternalLead.instead(q, 3, ranked, scores, at, 0.5, 10)).isNull();
    assertThat(InternalLead.instead("how are timeouts set?", 0, ranked, scores, at, 0.5, 10))
        .isNull();
    assertThat(
            InternalLead.instead(
                "how would you refactor the timeout setter?", 0, ranked, scores, at, 0.5, 10))
        .isNull();
  }

  @Test
  void whatCountsAsInternal() {
    assertThat(InternalLead.internal(at.apply(0))).isTrue();
    assertThat(InternalLead.internal(at.apply(3))).isFalse();
    // A dunder is public protocol, not private.
    assertThat(
            InternalLead.internal(
                chunk(5, "a.py", "py", "FUNCTION", "Client.__enter__", "def __enter__(self)")))
        .isFalse();
    // Go: lower case is unexported; Java: declared private; JavaScript: a # member.
    assertThat(
            InternalLead.internal(
                chunk(6, "tree.go", "go", "FUNCTION", "node.addRoute", "func (n *node) addRoute(")))
        .isTrue();
    assertThat(
            InternalLead.internal(
                chunk(7, "gin.go", "go", "FUNCTION", "Engine.Use", "func (engine *Engine) Use(")))
        .isFalse();
    assertThat(
            InternalLead.internal(
                chunk(8, "A.java", "java", "FUNCTION", "A.helper", "private void helper(")))
        .isTrue();
    assertThat(
            InternalLead.internal(chunk(9, "Ky.ts", "ts", "FUNCTION", "Ky.retry", "async #retry(")))
        .isTrue();
  }
}
