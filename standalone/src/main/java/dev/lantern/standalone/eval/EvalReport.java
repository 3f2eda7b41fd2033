package dev.lantern.standalone.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Aggregates case results into the table {@code lantern eval} prints and checks in: Acc@1/5/10,
 * Recall@5/10, MRR, lead (the first span is in a gold file: an answer leads with a right file),
 * span hit@1 and @10, overall, without leaky cases, per language and per repository.
 */
public final class EvalReport {
  private final List<CaseResult> results;
  private final int unscorable;

  public EvalReport(List<CaseResult> results, int unscorable) {
    this.results = List.copyOf(results);
    this.unscorable = unscorable;
  }

  /** One row of figures for a group of cases. */
  public record Row(
      String group,
      int n,
      double acc1,
      double acc5,
      double acc10,
      double recall5,
      double recall10,
      double mrr,
      double lead,
      double spanHit1,
      double spanHit10,
      int spanCases) {}

  public Row row(String group, Predicate<CaseResult> filter) {
    List<CaseResult> rs = results.stream().filter(filter).toList();
    int n = rs.size();
    int spanCases = (int) rs.stream().filter(r -> r.spanHit10() != null).count();
    return new Row(
        group,
        n,
        mean(rs, r -> r.accAt(1) ? 1 : 0),
        mean(rs, r -> r.accAt(5) ? 1 : 0),
        mean(rs, r -> r.accAt(10) ? 1 : 0),
        mean(rs, r -> r.recallAt(5)),
        mean(rs, r -> r.recallAt(10)),
        mean(rs, CaseResult::reciprocalRank),
        mean(rs, r -> r.leadInGold() ? 1 : 0),
        spanCases == 0
            ? Double.NaN
            : rs.stream().filter(r -> Boolean.TRUE.equals(r.spanHit1())).count()
                / (double) spanCases,
        spanCases == 0
            ? Double.NaN
            : rs.stream().filter(r -> Boolean.TRUE.equals(r.spanHit10())).count()
                / (double) spanCases,
        spanCases);
  }

  public Row overall() {
    return row("overall", r -> true);
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(overall());
    rows.add(row("no-path-in-question", r -> !r.evalCase().pathInQuestion()));
    Map<String, Boolean> langs = new TreeMap<>();
    Map<String, Boolean> repos = new TreeMap<>();
    results.forEach(
        r -> {
          langs.put(r.evalCase().language(), true);
          repos.put(r.evalCase().repo(), true);
        });
    langs.keySet().forEach(l -> rows.add(row("lang:" + l, r -> r.evalCase().language().equals(l))));
    repos.keySet().forEach(p -> rows.add(row("repo:" + p, r -> r.evalCase().repo().equals(p))));
    return rows;
  }

  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-44s %4s %6s %6s %6s %6s %6s %6s %6s %6s %7s%n",
            "group",
            "n",
            "Acc@1",
            "Acc@5",
            "Acc@10",
            "R@5",
            "R@10",
            "MRR",
            "lead",
            "span@1",
            "span@10"));
    for (Row r : rows()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-44s %4d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6s %7s%n",
              r.group(),
              r.n(),
              r.acc1(),
              r.acc5(),
              r.acc10(),
              r.recall5(),
              r.recall10(),
              r.mrr(),
              r.lead(),
              Double.isNaN(r.spanHit1()) ? "-" : String.format(Locale.ROOT, "%.3f", r.spanHit1()),
              Double.isNaN(r.spanHit10())
                  ? "-"
                  : String.format(Locale.ROOT, "%.3f", r.spanHit10())));
    }
    if (unscorable > 0) {
      sb.append(unscorable).append(" case(s) not scored: none of their gold files is indexable\n");
    }
    return sb.toString();
  }

  private static double mean(
      List<CaseResult> rs, java.util.function.ToDoubleFunction<CaseResult> f) {
    return rs.isEmpty() ? Double.NaN : rs.stream().mapToDouble(f).average().orElse(Double.NaN);
  }
}
