package dev.lantern.standalone.eval;

import dev.lantern.core.model.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The score of one case.
 *
 * @param gold gold files that the index holds (others cannot be found and are excluded)
 * @param rankedFiles retrieved files, best first
 * @param spanHit10 whether one of the top 10 spans overlaps a gold span (null without spans)
 * @param leadPath the file of the first span, the place an answer leads with ("" when none)
 * @param spanHit1 whether that first span overlaps a gold span (null without spans)
 */
public record CaseResult(
    EvalCase evalCase,
    List<String> gold,
    List<String> rankedFiles,
    Boolean spanHit10,
    String leadPath,
    Boolean spanHit1,
    double millis) {

  public static CaseResult score(
      EvalCase c,
      Set<String> indexed,
      List<String> rankedFiles,
      List<Location> spans,
      double millis) {
    List<String> gold = c.goldFiles().stream().filter(indexed::contains).toList();
    Boolean hit = null;
    Boolean first = null;
    if (!c.goldSpans().isEmpty()) {
      hit = false;
      first = !spans.isEmpty() && overlapsGold(c, spans.get(0));
      for (Location l : spans.subList(0, Math.min(10, spans.size()))) {
        hit |= overlapsGold(c, l);
      }
    }
    String lead = spans.isEmpty() ? "" : spans.get(0).path();
    return new CaseResult(c, gold, rankedFiles, hit, lead, first, millis);
  }

  private static boolean overlapsGold(EvalCase c, Location l) {
    for (EvalCase.GoldSpan g : c.goldSpans()) {
      if (l.path().equals(g.path()) && l.startLine() <= g.end() && g.start() <= l.endLine()) {
        return true;
      }
    }
    return false;
  }

  /** The first span is in a gold file: the answer leads with a right file. */
  public boolean leadInGold() {
    return gold.contains(leadPath);
  }

  /** All gold files within the top {@code k}. */
  public boolean accAt(int k) {
    return !gold.isEmpty() && top(k).containsAll(gold);
  }

  /** Fraction of gold files within the top {@code k}. */
  public double recallAt(int k) {
    if (gold.isEmpty()) {
      return 0;
    }
    Set<String> top = top(k);
    return gold.stream().filter(top::contains).count() / (double) gold.size();
  }

  /** 1 / rank of the first gold file, 0 when none was retrieved. */
  public double reciprocalRank() {
    for (int i = 0; i < rankedFiles.size(); i++) {
      if (gold.contains(rankedFiles.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private Set<String> top(int k) {
    return new HashSet<>(rankedFiles.subList(0, Math.min(k, rankedFiles.size())));
  }
}
