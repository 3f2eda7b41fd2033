package dev.lantern.query.retrieve;

/**
 * Knobs of one retrieval.
 *
 * @param maxLocations spans to return
 * @param maxFiles files to return
 * @param maxPerFile spans per file at most, so one big file cannot fill the answer
 */
public record RetrievalOptions(int maxLocations, int maxFiles, int maxPerFile) {
  public static RetrievalOptions defaults() {
    return new RetrievalOptions(10, 20, 3);
  }

  public RetrievalOptions withMaxLocations(int k) {
    return new RetrievalOptions(k, Math.max(maxFiles, k), maxPerFile);
  }
}
