package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.ArchiveLimits;
import java.util.Locale;

/**
 * Counts what an extraction or checkout has actually written against {@link ArchiveLimits} and
 * throws {@code ARCHIVE_TOO_LARGE} with the limit in the message the moment one is crossed, before
 * the offending bytes reach the disk. Not thread-safe: one per extraction.
 */
final class ArchiveBudget {
  /**
   * Entries smaller than this are not held to the ratio: a 1 MiB file of spaces compresses 1000x
   * yet is harmless, and the total and overall ratio still bound many of them.
   */
  static final long RATIO_GRACE_BYTES = 1 << 20;

  private final ArchiveLimits limits;
  private final String what;
  private final long compressedTotal;
  private long entries;
  private long total;

  /**
   * @param what "archive" or "checkout", to start messages with
   * @param compressedTotal size of the archive file for the overall ratio, or 0 for none
   */
  ArchiveBudget(ArchiveLimits limits, String what, long compressedTotal) {
    this.limits = limits;
    this.what = what;
    this.compressedTotal = compressedTotal;
  }

  /** Checks a count announced up front, so a huge directory fails before anything is written. */
  void checkEntryCount(long count) {
    if (count > limits.maxEntries()) {
      throw tooLarge(
          String.format(
              Locale.ROOT,
              "%s has %,d entries; the limit is %,d",
              what,
              count,
              limits.maxEntries()));
    }
  }

  /** Counts one more entry. */
  void entry() {
    entries++;
    if (entries > limits.maxEntries()) {
      throw tooLarge(
          String.format(
              Locale.ROOT,
              "%s has more than %,d entries; the limit is %,d",
              what,
              limits.maxEntries(),
              limits.maxEntries()));
    }
  }

  /**
   * Accounts for {@code n} more bytes of entry {@code name}, of which {@code writtenBefore} were
   * already written; {@code compressed} is the entry's compressed size, or 0 to skip its ratio.
   */
  void write(String name, long writtenBefore, long compressed, int n) {
    long written = writtenBefore + n;
    if (written > limits.maxFileBytes()) {
      throw tooLarge(
          what
              + " entry "
              + name
              + " is larger than "
              + ByteSizes.format(limits.maxFileBytes())
              + " uncompressed; the per-file limit is "
              + ByteSizes.format(limits.maxFileBytes()));
    }
    if (total + n > limits.maxTotalBytes()) {
      throw tooLarge(
          what
              + " expands past "
              + ByteSizes.format(limits.maxTotalBytes())
              + "; the limit is "
              + ByteSizes.format(limits.maxTotalBytes())
              + " in all");
    }
    total += n;
    if (compressed > 0
        && written > RATIO_GRACE_BYTES
        && written / (double) compressed > limits.maxRatio()) {
      throw tooLarge(
          String.format(
              Locale.ROOT,
              "%s entry %s expands more than %.0f times its compressed size, like a zip bomb; "
                  + "the limit is a ratio of %.0f",
              what,
              name,
              limits.maxRatio(),
              limits.maxRatio()));
    }
    if (compressedTotal > 0
        && total > RATIO_GRACE_BYTES
        && total / (double) compressedTotal > limits.maxRatio()) {
      throw tooLarge(
          String.format(
              Locale.ROOT,
              "%s expands more than %.0f times its own size, like a zip bomb; "
                  + "the limit is a ratio of %.0f",
              what,
              limits.maxRatio(),
              limits.maxRatio()));
    }
  }

  long totalBytes() {
    return total;
  }

  private static LanternException tooLarge(String message) {
    return new LanternException(ErrorCode.ARCHIVE_TOO_LARGE, message);
  }
}
