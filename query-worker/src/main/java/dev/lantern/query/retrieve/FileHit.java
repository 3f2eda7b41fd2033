package dev.lantern.query.retrieve;

/**
 * A file ranked for a question, with its fused score and why it ranked there.
 *
 * @param evidence its rank (1-based; 0 when absent) in each candidate list, and its role
 */
public record FileHit(String path, double score, Evidence evidence) {

  /** Ranks in the candidate lists that were fused, and the role that scaled the fused score. */
  public record Evidence(
      int fileBm25,
      int chunkBm25,
      int vector,
      int symbol,
      int path,
      int phrase,
      int callers,
      int callees,
      FileRole role) {}
}
