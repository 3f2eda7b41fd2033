package dev.lantern.indexer.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What selection kept and skipped, counted by reason with a few example paths each; printed by
 * {@code lantern index --dry-run} and before every index build.
 */
public final class FilterReport {
  private static final int EXAMPLES = 3;
  private int included;
  private long includedBytes;
  private int decodedAsLatin1;
  private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
  private final Map<SkipReason, List<String>> examples = new EnumMap<>(SkipReason.class);

  synchronized void include(long bytes) {
    included++;
    includedBytes += bytes;
  }

  synchronized void latin1() {
    decodedAsLatin1++;
  }

  synchronized void skip(SkipReason reason, String path) {
    skipped.merge(reason, 1, Integer::sum);
    List<String> ex = examples.computeIfAbsent(reason, r -> new ArrayList<>());
    if (ex.size() < EXAMPLES) {
      ex.add(path);
    }
  }

  public int included() {
    return included;
  }

  public long includedBytes() {
    return includedBytes;
  }

  public int decodedAsLatin1() {
    return decodedAsLatin1;
  }

  public int skipped(SkipReason reason) {
    return skipped.getOrDefault(reason, 0);
  }

  public int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line: "812 files (9.4 MB); skipped 1,204: 1,100 vendored dependency, …". */
  public String summary() {
    StringBuilder sb =
        new StringBuilder(
            String.format(Locale.ROOT, "%,d files (%s)", included, size(includedBytes)));
    if (skippedTotal() > 0) {
      sb.append(String.format(Locale.ROOT, "; skipped %,d: ", skippedTotal()));
      List<String> parts = new ArrayList<>();
      skipped.forEach((r, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n, r.label())));
      sb.append(String.join(", ", parts));
    }
    return sb.toString();
  }

  /** Multi-line report with example paths per reason. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(Locale.ROOT, "would index %,d files (%s)%n", included, size(includedBytes)));
    if (decodedAsLatin1 > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %,d of them are not valid UTF-8 and were read as Latin-1%n",
              decodedAsLatin1));
    }
    sb.append(String.format(Locale.ROOT, "skipped %,d files%n", skippedTotal()));
    skipped.forEach(
        (r, n) ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    "  %,7d  %-26s e.g. %s%n",
                    n,
                    r.label(),
                    String.join(", ", examples.get(r)))));
    return sb.toString();
  }

  static String size(long bytes) {
    if (bytes >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
  }

  @Override
  public String toString() {
    return format();
  }
}
