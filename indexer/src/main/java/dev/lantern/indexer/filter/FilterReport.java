package dev.lantern.indexer.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * What selection kept and skipped, counted by reason with a few example paths each; printed by
 * {@code lantern index --dry-run} and before every index build. Examples are the first paths in
 * sorted order, so the report is the same on every run. Thread-safe.
 */
public final class FilterReport {
  private static final int EXAMPLES = 3;
  private int included;
  private long includedBytes;
  private int decodedAsLatin1;
  private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
  private final Map<SkipReason, TreeSet<String>> examples = new EnumMap<>(SkipReason.class);
  private final Map<SkipReason, Integer> offered = new EnumMap<>(SkipReason.class);

  synchronized void include(long bytes) {
    included++;
    includedBytes += bytes;
  }

  synchronized void latin1() {
    decodedAsLatin1++;
  }

  /** One skipped file. */
  void skip(SkipReason reason, String path) {
    skip(reason, path, 1);
  }

  /** {@code files} skipped together, e.g. everything under {@code node_modules/} (the example). */
  synchronized void skip(SkipReason reason, String example, int files) {
    if (files <= 0) {
      return;
    }
    skipped.merge(reason, files, Integer::sum);
    offered.merge(reason, 1, Integer::sum);
    TreeSet<String> ex = examples.computeIfAbsent(reason, r -> new TreeSet<>());
    ex.add(example);
    if (ex.size() > EXAMPLES) {
      ex.pollLast();
    }
  }

  public synchronized int included() {
    return included;
  }

  public synchronized long includedBytes() {
    return includedBytes;
  }

  /** Files kept although not valid UTF-8, read as windows-1252 instead. */
  public synchronized int decodedAsLatin1() {
    return decodedAsLatin1;
  }

  public synchronized int skipped(SkipReason reason) {
    return skipped.getOrDefault(reason, 0);
  }

  public synchronized int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Up to three example paths for a reason, sorted; a directory skipped whole ends in "/". */
  public synchronized List<String> examples(SkipReason reason) {
    return List.copyOf(examples.getOrDefault(reason, new TreeSet<>()));
  }

  /** "812 files (9.4 MB); skipped 1,204: 1,100 vendored, 60 binary, …". */
  public synchronized String summary() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%,d file%s (%s)",
                included,
                included == 1 ? "" : "s",
                size(includedBytes)));
    if (skippedTotal() > 0) {
      sb.append(String.format(Locale.ROOT, "; skipped %,d: ", skippedTotal()));
      List<String> parts = new ArrayList<>();
      for (SkipReason r : byCount()) {
        parts.add(String.format(Locale.ROOT, "%,d %s", skipped.get(r), r.shortLabel()));
      }
      sb.append(String.join(", ", parts));
    }
    return sb.toString();
  }

  /** The summary line, then one line per reason with examples, then what needs saying. */
  public synchronized String format() {
    StringBuilder sb = new StringBuilder("would index ").append(summary()).append('\n');
    for (SkipReason r : byCount()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %,9d  %-28s e.g. %s%s%n",
              skipped.get(r),
              r.label(),
              String.join(", ", examples.get(r)),
              offered.get(r) > examples.get(r).size() ? ", …" : ""));
    }
    if (decodedAsLatin1 > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %,d of the files are not valid UTF-8 and were read as windows-1252 (Latin-1)%n",
              decodedAsLatin1));
    }
    if (included == 0) {
      sb.append(
          skippedTotal() == 0
              ? "nothing to index: the directory holds no files\n"
              : "nothing to index: every file was skipped for the reasons above;"
                  + " is this the right directory?\n");
    }
    return sb.toString();
  }

  private List<SkipReason> byCount() {
    return skipped.keySet().stream()
        .sorted(
            Comparator.comparing((SkipReason r) -> -skipped.get(r))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** Decimal units, as file managers show them: "9.4 MB". */
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
