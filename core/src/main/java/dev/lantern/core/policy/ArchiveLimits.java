package dev.lantern.core.policy;

/**
 * Limits on an uploaded archive or a cloned checkout, checked on the bytes actually written, never
 * on what headers claim.
 *
 * @param maxEntries entries in the archive (files in a checkout)
 * @param maxTotalBytes uncompressed bytes in all
 * @param maxFileBytes uncompressed bytes of one entry
 * @param maxRatio uncompressed / compressed size, per entry (once past 1 MiB) and overall
 */
public record ArchiveLimits(
    long maxEntries, long maxTotalBytes, long maxFileBytes, double maxRatio) {
  public ArchiveLimits {
    if (maxEntries <= 0 || maxTotalBytes <= 0 || maxFileBytes <= 0 || !(maxRatio >= 1)) {
      throw new IllegalArgumentException(
          "archive limits must be positive and the ratio at least 1: "
              + maxEntries
              + ", "
              + maxTotalBytes
              + ", "
              + maxFileBytes
              + ", "
              + maxRatio);
    }
  }

  /**
   * 100,000 entries, 2 GiB, 100 MiB a file, ratio 100: generous for real code (source compresses
   * 3-10x), fatal to bombs, which rely on ratios in the thousands.
   */
  public static ArchiveLimits defaults() {
    return new ArchiveLimits(100_000, 2L << 30, 100L << 20, 100);
  }

  /** No practical limit: for trusted local input such as evaluation mirrors. */
  public static ArchiveLimits unlimited() {
    return new ArchiveLimits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Double.MAX_VALUE);
  }
}
