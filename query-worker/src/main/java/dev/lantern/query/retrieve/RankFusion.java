package dev.lantern.query.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion (Cormack et al. 2009): score(x) = Σ w / (k + rank). Robust to lists whose
 * raw scores are not comparable (BM25, cosine, exact matches).
 */
final class RankFusion<K> {
  private final double k;
  private final Map<K, Double> scores = new HashMap<>();

  /**
   * @param k the rank constant; the paper's 60 is flat, so one list cannot dominate
   */
  RankFusion(double k) {
    this.k = k;
  }

  /** Adds a ranked list (best first) with a weight. */
  RankFusion<K> add(List<K> ranked, double weight) {
    for (int i = 0; i < ranked.size(); i++) {
      scores.merge(ranked.get(i), weight / (k + i + 1), Double::sum);
    }
    return this;
  }

  Map<K, Double> scores() {
    return scores;
  }
}
