package dev.lantern.indexer.chunk;

/**
 * The most one chunk may hold. A definition within it stays whole; a larger one is split. A single
 * line longer than {@link #maxChars} cannot be split and becomes a chunk of its own.
 *
 * @param maxLines inclusive line limit
 * @param maxChars inclusive character limit, line breaks included
 */
record SizeCap(int maxLines, int maxChars) {
  /**
   * 150 lines / 6,000 characters (about 1,500 tokens). Of java.util's 11,400 methods 99.8% fit
   * (median 4 lines, p99 76), so a split means a genuinely long body, not routine code. The bundled
   * embedding model reads only a chunk's first ~490 characters, so the limit is set by the other
   * readers: eight cited blocks this size still fit a 16k-token prompt with the question and
   * history, and BM25's length normalisation has little left to dilute.
   */
  static final SizeCap DEFAULT = new SizeCap(150, 6_000);

  boolean fits(Lines lines, int from, int to) {
    return to - from + 1 <= maxLines && lines.chars(from, to) <= maxChars;
  }
}
