package dev.lantern.core.policy;

/**
 * Limits on an uploaded archive, checked on the bytes actually written, never on what headers
 * claim.
 *
 * @param maxEntries entries in the archive
 * @param maxTotalBytes uncompressed bytes in all
 * @param maxFileBytes uncompressed bytes of one entry
 * @param maxRatio uncompressed / compressed size, per entry (once past 1 MiB) and overall
 */
public record ArchiveLimits(
    long maxEntries, long maxTotalBytes, long maxFileBytes, double maxRatio) {
  /** 100,000 entries, 2 GiB, 100 MiB a file, ratio 100: generous for real code, fatal to bombs. */
  public static ArchiveLimits defaults() {
    return new ArchiveLimits(100_000, 2L << 30, 100L << 20, 100);
  }
}
