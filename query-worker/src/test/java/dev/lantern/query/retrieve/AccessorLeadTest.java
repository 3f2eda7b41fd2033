package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class AccessorLeadTest {
  private static StoredChunk fn(int ord, String path, String symbol, int lines) {
    return new StoredChunk(
        ord, path, "ts", "FUNCTION", 10, 9 + lines, symbol, symbol, "", "", symbol + "() {}");
  }

  private final List<StoredChunk> chunks =
      List.of(
          fn(0, "test/hooks.ts", "withHeader", 5),
          fn(1, "source/core/Ky.ts", "Ky.setResponseRequest", 4),
          fn(2, "source/core/Ky.ts", "Ky.getNormalizedOptions", 3),
          fn(3, "source/utils/merge.ts", "mergeHeaders", 15),
          fn(4, "src/flask/sessions.py", "SessionInterface.get_cookie_name", 3),
          fn(5, "source/core/Ky.ts", "Ky.setupHeaders", 30));
  private final IntFunction<StoredChunk> chunk = chunks::get;
  private final Map<Integer, Double> scores =
      Map.of(0, 0.217, 1, 0.204, 2, 0.19, 3, 0.188, 4, 0.18, 5, 0.1);

  @Test
  void aShortAccessorTheQuestionDoesNotNameGivesWayToCodeThatDoesTheWork() {
    String q = "how do I set default headers for all requests?";
    List<Integer> ranked = List.of(0, 1, 2, 3, 4, 5);
    // Other accessors are passed over; the first code function that is none opens.
    assertThat(AccessorLead.instead(q, 1, ranked, scores, chunk, 0.5, 10)).isEqualTo(3);
    // Too far below the best, or beyond the places looked at: it stays.
    assertThat(AccessorLead.instead(q, 1, ranked, scores, chunk, 0.9, 10)).isNull();
    assertThat(AccessorLead.instead(q, 1, ranked, scores, chunk, 0.5, 3)).isNull();
    // A long function named set… is no accessor; nor is a test.
    assertThat(AccessorLead.isAccessor(chunk.apply(5))).isFalse();
    assertThat(AccessorLead.isAccessor(chunk.apply(0))).isFalse();
    assertThat(AccessorLead.instead(q, 5, ranked, scores, chunk, 0.5, 10)).isNull();
    // The question names what it gets: the getter is the answer.
    assertThat(
            AccessorLead.instead(
                "what is the session cookie name?", 4, ranked, scores, chunk, 0.5, 10))
        .isNull();
  }
}
