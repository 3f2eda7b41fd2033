package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SameNameLeadTest {
  private static StoredChunk fn(int ord, String path, String symbol) {
    return new StoredChunk(
        ord, path, "js", "FUNCTION", 10, 20, symbol, symbol, "", "", symbol + "() {}");
  }

  private final List<StoredChunk> chunks =
      List.of(
          fn(0, "src/plugin/duration/index.js", "subtract"),
          fn(1, "src/plugin/duration/index.js", "Duration.asMonths"),
          fn(2, "src/plugin/objectSupport/index.js", "subtract"),
          fn(3, "src/index.js", "Dayjs.subtract"),
          fn(4, "test/index.test.js", "subtract"),
          fn(5, "src/plugin/duration/index.js", "Duration.subtract"));
  private final IntFunction<StoredChunk> chunk = chunks::get;
  private final Map<Integer, Double> scores =
      Map.of(0, 0.227, 1, 0.211, 2, 0.165, 3, 0.164, 4, 0.16, 5, 0.15);
  private final List<Integer> ranked = List.of(0, 1, 2, 3, 4, 5);

  @Test
  void theShallowestDefinitionOfTheLeadsNameOpens() {
    String q = "how do I subtract a month?";
    // The core's definition, shallower than both plugins' and passing over the test.
    assertThat(SameNameLead.instead(q, 0, ranked, scores, chunk, 0.5, 10)).isEqualTo(3);
    assertThat(SameNameLead.instead(q, 5, ranked, scores, chunk, 0.5, 10)).isEqualTo(3);
    // Already the shallowest: it stays.
    assertThat(SameNameLead.instead(q, 3, ranked, scores, chunk, 0.5, 10)).isNull();
    // Too far below the best, or beyond the places looked at.
    assertThat(SameNameLead.instead(q, 0, ranked, scores, chunk, 0.8, 10)).isNull();
    assertThat(SameNameLead.instead(q, 0, ranked, scores, chunk, 0.5, 3)).isNull();
  }

  @Test
  void aQuestionNamingTheFunctionUnqualifiedNamesNoneOfItsDefinitions() {
    assertThat(SameNameLead.namesOnlyItsName(List.of("subtract"), chunk.apply(0))).isTrue();
    assertThat(SameNameLead.namesOnlyItsName(List.of("Duration.subtract"), chunk.apply(5)))
        .isFalse();
    assertThat(SameNameLead.namesOnlyItsName(List.of("subtract", "asMonths"), chunk.apply(0)))
        .isFalse();
    assertThat(SameNameLead.namesOnlyItsName(List.of(), chunk.apply(0))).isFalse();
  }

  @Test
  void aQuestionNamingWhatTheDeeperOneBelongsToKeepsIt() {
    // "duration" is a folder of the plugin's path and its owner, and not of src/index.js.
    assertThat(
            SameNameLead.instead(
                "how do I subtract a duration?", 5, ranked, scores, chunk, 0.5, 10))
        .isNull();
    assertThat(
            SameNameLead.instead("how do I subtract durations?", 0, ranked, scores, chunk, 0.5, 10))
        .isNull();
    // A word both paths share ("src") names neither.
    assertThat(
            SameNameLead.instead(
                "how do I subtract a month in src?", 0, ranked, scores, chunk, 0.5, 10))
        .isEqualTo(3);
  }
}
