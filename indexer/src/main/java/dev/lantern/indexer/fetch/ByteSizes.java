package dev.lantern.indexer.fetch;

import java.util.Locale;

/** Binary sizes for messages: "2 GiB", "100 MiB", "1.5 MiB", "3,000 bytes". */
final class ByteSizes {
  private ByteSizes() {}

  static String format(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "unlimited";
    }
    for (int shift : new int[] {30, 20, 10}) {
      long unit = 1L << shift;
      String name = shift == 30 ? "GiB" : shift == 20 ? "MiB" : "KiB";
      if (bytes >= unit && bytes % unit == 0) {
        return String.format(Locale.ROOT, "%,d %s", bytes / unit, name);
      }
      if (bytes >= unit && shift > 10) {
        return String.format(Locale.ROOT, "%.1f %s", bytes / (double) unit, name);
      }
    }
    return String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
