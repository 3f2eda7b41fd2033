package dev.lantern.standalone.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lantern.core.model.Location;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  private static EvalCase c(
      String id, String lang, List<String> gold, boolean leak, EvalCase.GoldSpan... spans) {
    return new EvalCase(id, "o/r", "abc", lang, "q", gold, List.of(spans), leak);
  }

  private static Location at(String path, int s, int e) {
    return new Location(path, s, e, "", "", "", "", 1, "");
  }

  @Test
  void metricsFollowTheirDefinitions() {
    Set<String> indexed = Set.of("a.py", "b.py", "c.py", "d.py", "e.py", "f.py", "g.js");
    CaseResult first =
        CaseResult.score(
            c("1", "python", List.of("a.py"), false, new EvalCase.GoldSpan("a.py", 10, 12)),
            indexed,
            List.of("a.py", "b.py"),
            List.of(at("a.py", 1, 11)),
            1);
    CaseResult third =
        CaseResult.score(
            c("2", "python", List.of("c.py", "missing.py"), true),
            indexed,
            List.of("a.py", "b.py", "c.py"),
            List.of(),
            1);
    CaseResult split =
        CaseResult.score(
            c(
                "3",
                "javascript",
                List.of("g.js", "f.py"),
                false,
                new EvalCase.GoldSpan("g.js", 5, 6)),
            indexed,
            List.of("b.py", "c.py", "d.py", "e.py", "g.js", "a.py", "f.py"),
            List.of(at("g.js", 7, 9)),
            1);
    assertThat(third.gold()).as("unindexable gold files are excluded").containsExactly("c.py");
    assertThat(first.accAt(1)).isTrue();
    assertThat(third.accAt(1)).isFalse();
    assertThat(third.accAt(5)).isTrue();
    assertThat(split.accAt(5)).isFalse();
    assertThat(split.accAt(10)).isTrue();
    assertThat(split.recallAt(5)).isEqualTo(0.5);
    assertThat(split.reciprocalRank()).isEqualTo(0.2);
    assertThat(first.spanHit10()).isTrue();
    assertThat(split.spanHit10()).isFalse();
    assertThat(third.spanHit10()).isNull();
    // The first span leads the answer: in a gold file and on a gold span, or neither.
    assertThat(first.spanHit1()).isTrue();
    assertThat(first.leadInGold()).isTrue();
    assertThat(split.spanHit1()).isFalse();
    assertThat(split.leadInGold()).as("g.js is gold, though the span misses").isTrue();
    assertThat(third.spanHit1()).isNull();
    assertThat(third.leadInGold()).as("no spans: no lead").isFalse();
    CaseResult second =
        CaseResult.score(
            c("4", "python", List.of("a.py"), false, new EvalCase.GoldSpan("a.py", 10, 12)),
            indexed,
            List.of("a.py"),
            List.of(at("b.py", 1, 5), at("a.py", 9, 10)),
            1);
    assertThat(second.spanHit10()).isTrue();
    assertThat(second.spanHit1()).isFalse();
    assertThat(second.leadInGold()).isFalse();

    EvalReport report = new EvalReport(List.of(first, third, split), 0);
    EvalReport.Row all = report.overall();
    assertThat(all.n()).isEqualTo(3);
    assertThat(all.acc5()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(all.mrr()).isCloseTo((1 + 1 / 3.0 + 0.2) / 3, within(1e-9));
    assertThat(all.spanHit10()).isCloseTo(0.5, within(1e-9));
    assertThat(all.lead()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(all.spanHit1()).isCloseTo(0.5, within(1e-9));
    assertThat(report.row("x", r -> !r.evalCase().pathInQuestion()).n()).isEqualTo(2);
    assertThat(report.format())
        .contains("lang:javascript")
        .contains("no-path-in-question")
        .contains("repo:o/r");
  }
}
