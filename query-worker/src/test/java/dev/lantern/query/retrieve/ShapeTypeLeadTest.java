package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ShapeTypeLeadTest {
  private static StoredChunk chunk(int ord, String path, String kind, String symbol) {
    return new StoredChunk(ord, path, "ts", kind, 10, 20, symbol, symbol, "", "", symbol);
  }

  private final List<StoredChunk> chunks =
      List.of(
          chunk(0, "src/utils/jwt/jwt.ts", "TYPE", "VerifyOptions"),
          chunk(1, "src/utils/jwt/jwt.ts", "TYPE", "VerifyOptionsWithAlg"),
          chunk(2, "src/utils/jwt/jwt.test.ts", "FUNCTION", "verifies"),
          chunk(3, "src/utils/jwt/jwt.ts", "FUNCTION", "verify"),
          chunk(4, "src/utils/jwt/jwt.ts", "TYPE", "TokenHeader"));
  private final IntFunction<StoredChunk> at = chunks::get;
  private final Map<Integer, Double> scores = Map.of(0, 0.22, 1, 0.21, 2, 0.2, 3, 0.19, 4, 0.1);
  private final List<Integer> ranked = List.of(0, 1, 2, 3, 4);

  @Test
  void aTypeOfACallsOptionsGivesTheOpeningToTheCodeFunctionNearIt() {
    assertThat(ShapeTypeLead.choose("where is the JWT verified?", ranked, scores, at, 0.5, 10))
        .isEqualTo(3);
    // Not when the function scores less than the share asked of it.
    assertThat(ShapeTypeLead.choose("where is the JWT verified?", ranked, scores, at, 0.9, 10))
        .isNull();
  }

  @Test
  void questionsAboutOptionsOrTypesAndOtherTypesAreLeftAlone() {
    assertThat(
            ShapeTypeLead.choose(
                "what options does JWT verification take?", ranked, scores, at, 0.5, 10))
        .isNull();
    assertThat(
            ShapeTypeLead.choose("which type holds the JWT settings?", ranked, scores, at, 0.5, 10))
        .isNull();
    assertThat(
            ShapeTypeLead.choose("where is the JWT verified?", List.of(4, 3), scores, at, 0.1, 10))
        .isNull();
    assertThat(ShapeTypeLead.isShape(at.apply(1))).isFalse();
    assertThat(ShapeTypeLead.isShape(at.apply(0))).isTrue();
  }
}
