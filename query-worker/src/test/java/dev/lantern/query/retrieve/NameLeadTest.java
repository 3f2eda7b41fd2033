package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class NameLeadTest {
  private static StoredChunk fn(int ord, String path, String symbol, String kind) {
    return new StoredChunk(ord, path, "ts", kind, 1, 3, symbol, symbol, "", "", symbol + "() {}");
  }

  private final List<StoredChunk> chunks =
      List.of(
          fn(0, "source/core/Ky.ts", "Ky.runAfterResponseHooks", "FUNCTION"),
          fn(1, "source/types/hooks.ts", "BeforeRequestHook", "TYPE"),
          fn(2, "source/core/Ky.ts", "Ky.runBeforeRequestHooks", "FUNCTION"),
          fn(3, "test/hooks.ts", "runBeforeRequestHooks", "FUNCTION"),
          fn(4, "source/core/Ky.ts", "Ky.nullValue", "FUNCTION"));
  private final IntFunction<StoredChunk> chunk = chunks::get;

  @Test
  void aFunctionNamedByTheQuestionOpensWhenItScoresNearTheBest() {
    Map<Integer, Double> scores = Map.of(0, 0.194, 1, 0.193, 2, 0.191, 3, 0.19, 4, 0.18);
    String q = "how are hooks run before a request?";
    assertThat(NameLead.choose(q, List.of(0, 1, 2, 3, 4), scores, chunk)).isEqualTo(2);
    // Too far below the best, or beyond the places looked at: the ranking stands.
    assertThat(NameLead.choose(q, List.of(0, 1, 2), Map.of(0, 0.3, 1, 0.29, 2, 0.2), chunk))
        .isNull();
    assertThat(NameLead.choose(q, List.of(0, 1, 4, 4, 4, 2), scores, chunk)).isNull();
    // A test of that name is not the code; the best already named by the question keeps the lead.
    assertThat(NameLead.choose(q, List.of(0, 3), scores, chunk)).isNull();
    assertThat(NameLead.choose(q, List.of(2, 0), scores, chunk)).isNull();
    // Two common words in a name are no reason ("how are null values serialized?").
    assertThat(NameLead.choose("how are null values serialized?", List.of(0, 4), scores, chunk))
        .isNull();
    // An issue report is not a one-line question.
    assertThat(NameLead.choose(q + "\nIt fails:\n  at x", List.of(0, 2), scores, chunk)).isNull();
  }
}
