package dev.lantern.query.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion (Cormack et al. 2009): score(x) = Σ w / (k + rank). Robust to lists whose
 * raw scores are not comparable (BM25, cosine, exact matches).
 */
final class RankFusion<K> {
  /** 60: the paper's constant; flatter than smaller k, so one list cannot dominate. */
  static final double K = 60;

  private final Map<K, Double> scores = new HashMap<>();

  /** Adds a ranked list (best first) with a weight. */
  RankFusion<K> add(List<K> ranked, double weight) {
    for (int i = 0; i < ranked.size(); i++) {
      scores.merge(ranked.get(i), weight / (K + i + 1), Double::sum);
    }
    return this;
  }

  Map<K, Double> scores() {
    return scores;
  }
}
