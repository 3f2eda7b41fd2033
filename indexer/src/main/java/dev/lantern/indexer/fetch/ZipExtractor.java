package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Extracts an uploaded .zip under hostile-input rules: entries that would land outside the target
 * (zip-slip) are refused, symbolic links skipped, and entry count, sizes and compression ratio are
 * limited on the bytes actually written (zip bombs lie in their headers). On failure nothing
 * extracted is left behind.
 */
public final class ZipExtractor {
  private static final long RATIO_GRACE_BYTES = 1 << 20;
  private final ArchiveLimits limits;

  public ZipExtractor(ArchiveLimits limits) {
    this.limits = limits;
  }

  /** What extraction did. */
  public record Result(int files, long bytes, int symlinksSkipped) {}

  public Result extract(Path zip, Path target) {
    try {
      Files.createDirectories(target);
      return extractInto(zip, target.toRealPath());
    } catch (LanternException e) {
      IndexStore.deleteTree(target);
      throw e;
    } catch (ZipException e) {
      IndexStore.deleteTree(target);
      throw new LanternException(
          ErrorCode.BAD_REQUEST,
          zip.getFileName() + " is not a valid zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      IndexStore.deleteTree(target);
      throw new UncheckedIOException("cannot extract " + zip, e);
    }
  }

  private Result extractInto(Path zip, Path target) throws IOException {
    Set<String> symlinks = ZipCentralDirectory.symlinks(zip);
    long archiveBytes = Math.max(1, Files.size(zip));
    try (ZipFile file = new ZipFile(zip.toFile())) {
      if (file.size() > limits.maxEntries()) {
        throw new LanternException(
            ErrorCode.ARCHIVE_TOO_LARGE,
            String.format(
                Locale.ROOT,
                "archive has %,d entries; the limit is %,d",
                file.size(),
                limits.maxEntries()));
      }
      List<? extends ZipEntry> entries = Collections.list(file.entries());
      String prefix = commonFolder(entries);
      long total = 0;
      int files = 0, skipped = 0;
      for (ZipEntry e : entries) {
        String name = checkName(e.getName());
        if (symlinks.contains(e.getName())) {
          skipped++;
          continue;
        }
        String rel = name.substring(prefix.length());
        if (rel.isEmpty()) {
          continue;
        }
        Path out = target.resolve(rel).normalize();
        if (!out.startsWith(target)) {
          throw unsafe(e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        long written = 0;
        long compressed = Math.max(1, e.getCompressedSize());
        try (InputStream in = file.getInputStream(e);
            OutputStream os = Files.newOutputStream(out)) {
          byte[] buf = new byte[64 * 1024];
          int n;
          while ((n = in.read(buf)) > 0) {
            written += n;
            total += n;
            if (written > limits.maxFileBytes()) {
              throw tooLarge(
                  "archive entry "
                      + e.getName()
                      + " expands past "
                      + size(limits.maxFileBytes())
                      + "; the per-file limit is "
                      + size(limits.maxFileBytes()));
            }
            if (total > limits.maxTotalBytes()) {
              throw tooLarge(
                  "archive expands past "
                      + size(limits.maxTotalBytes())
                      + "; the limit is "
                      + size(limits.maxTotalBytes()));
            }
            if (written > RATIO_GRACE_BYTES && written / (double) compressed > limits.maxRatio()) {
              throw tooLarge(
                  String.format(
                      Locale.ROOT,
                      "archive entry %s expands more than %.0f times its compressed size; this looks like a zip bomb",
                      e.getName(),
                      limits.maxRatio()));
            }
            if (total > RATIO_GRACE_BYTES && total / (double) archiveBytes > limits.maxRatio()) {
              throw tooLarge(
                  String.format(
                      Locale.ROOT,
                      "archive expands more than %.0f times its size; this looks like a zip bomb",
                      limits.maxRatio()));
            }
            os.write(buf, 0, n);
          }
        }
        files++;
      }
      return new Result(files, total, skipped);
    }
  }

  /** Refuses names that could land outside the target: "..", absolute paths, drive letters. */
  static String checkName(String raw) {
    String name = raw.replace('\\', '/');
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.contains("\0")) {
      throw unsafe(raw);
    }
    for (String seg : name.split("/")) {
      if (seg.equals("..")) {
        throw unsafe(raw);
      }
    }
    if (!name.equals(raw)) {
      throw unsafe(raw);
    }
    return name;
  }

  /** "repo-main/" when every entry lies under that one folder (GitHub downloads), else "". */
  private static String commonFolder(List<? extends ZipEntry> entries) {
    String prefix = null;
    for (ZipEntry e : entries) {
      String n = e.getName();
      int slash = n.indexOf('/');
      if (slash < 0) {
        return "";
      }
      String first = n.substring(0, slash + 1);
      if (prefix == null) {
        prefix = first;
      } else if (!prefix.equals(first)) {
        return "";
      }
    }
    return prefix == null ? "" : prefix;
  }

  private static LanternException unsafe(String name) {
    return new LanternException(
        ErrorCode.ARCHIVE_UNSAFE,
        "archive entry '" + name + "' points outside the archive; refusing to extract it");
  }

  private static LanternException tooLarge(String message) {
    return new LanternException(ErrorCode.ARCHIVE_TOO_LARGE, message);
  }

  static String size(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
    return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
  }

  static List<String> names(Path zip) throws IOException {
    List<String> out = new ArrayList<>();
    try (ZipFile f = new ZipFile(zip.toFile())) {
      f.stream().forEach(e -> out.add(e.getName()));
    }
    return out;
  }
}
