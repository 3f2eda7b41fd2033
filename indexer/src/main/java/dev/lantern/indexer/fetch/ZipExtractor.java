package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Extracts an uploaded .zip under hostile-input rules: names that would land outside the target
 * (zip-slip) are refused, symbolic links skipped, and entry count, sizes and compression ratio are
 * limited on the bytes actually written (zip bombs lie in their headers). A single top folder
 * shared by every entry is stripped; macOS {@code __MACOSX/} resource forks are left out. On
 * failure nothing extracted is left behind.
 */
public final class ZipExtractor {
  private static final String MAC_RESOURCE_FORKS = "__MACOSX/";
  private final ArchiveLimits limits;

  public ZipExtractor(ArchiveLimits limits) {
    this.limits = limits;
  }

  /** What extraction did: regular files and bytes written, symbolic links left out. */
  public record Result(int files, long bytes, int symlinksSkipped) {}

  /**
   * Extracts {@code zip} into {@code target}, which must not exist or be an empty directory.
   *
   * @throws LanternException {@code ARCHIVE_UNSAFE}, {@code ARCHIVE_TOO_LARGE}, or {@code
   *     BAD_REQUEST} for a file that is not a readable zip; {@code target} is then gone
   */
  public Result extract(Path zip, Path target) {
    requireEmpty(target);
    try {
      Files.createDirectories(target);
      return extractInto(zip, target.toRealPath());
    } catch (ZipException e) {
      throw cleanUp(
          target,
          new LanternException(
              ErrorCode.BAD_REQUEST,
              zip.getFileName() + " is not a valid zip archive (" + e.getMessage() + ")"));
    } catch (IOException e) {
      throw cleanUp(target, new UncheckedIOException("cannot extract " + zip, e));
    } catch (RuntimeException e) {
      throw cleanUp(target, e);
    }
  }

  private Result extractInto(Path zip, Path target) throws IOException {
    Set<String> symlinks = ZipCentralDirectory.symlinks(zip);
    ArchiveBudget budget = new ArchiveBudget(limits, "archive", Math.max(1, Files.size(zip)));
    try (ZipFile file = new ZipFile(zip.toFile())) {
      // 1. Judge every name and the count before writing a byte.
      budget.checkEntryCount(file.size());
      List<ZipEntry> entries = new ArrayList<>(file.size());
      List<String> names = new ArrayList<>(file.size());
      for (var all = file.entries(); all.hasMoreElements(); ) {
        ZipEntry e = all.nextElement();
        String name = ArchivePaths.safe(e.getName());
        if (!name.startsWith(MAC_RESOURCE_FORKS)) {
          entries.add(e);
          names.add(name);
        }
      }
      String prefix = ArchivePaths.commonFolder(names);
      // 2. Stream each entry out, counting real bytes.
      int files = 0;
      int links = 0;
      for (int i = 0; i < entries.size(); i++) {
        ZipEntry e = entries.get(i);
        if (symlinks.contains(e.getName())) {
          links++;
          continue;
        }
        String rel = names.get(i).substring(prefix.length());
        if (rel.isEmpty()) {
          continue;
        }
        Path out = target.resolve(rel).normalize();
        if (!out.startsWith(target) || out.equals(target)) {
          throw ArchivePaths.unsafe(e.getName()); // unreachable after safe(); kept as a backstop
        }
        try {
          if (e.isDirectory()) {
            Files.createDirectories(out);
          } else {
            Files.createDirectories(out.getParent());
            copy(file, e, out, budget);
            files++;
          }
        } catch (FileAlreadyExistsException | NotDirectoryException clash) {
          throw new LanternException(
              ErrorCode.BAD_REQUEST,
              "archive entry '" + e.getName() + "' clashes with another entry of the same path");
        }
      }
      return new Result(files, budget.totalBytes(), links);
    }
  }

  private static void copy(ZipFile file, ZipEntry e, Path out, ArchiveBudget budget)
      throws IOException {
    // CREATE_NEW and NOFOLLOW_LINKS: never overwrite, never write through a link.
    try (InputStream in = file.getInputStream(e);
        OutputStream os =
            Files.newOutputStream(
                out,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
      byte[] buf = new byte[64 * 1024];
      long written = 0;
      long compressed = e.getMethod() == ZipEntry.STORED ? 0 : Math.max(1, e.getCompressedSize());
      int n;
      while ((n = in.read(buf)) > 0) {
        budget.write(e.getName(), written, compressed, n);
        os.write(buf, 0, n);
        written += n;
      }
    }
  }

  static void requireEmpty(Path target) {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var list = Files.list(target)) {
      if (list.findAny().isPresent()) {
        throw new IllegalArgumentException(target + " is not empty; extraction needs a fresh dir");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + " is not a usable directory", e);
    }
  }

  /** Deletes the partial extraction and returns {@code failure} to throw. */
  static RuntimeException cleanUp(Path target, RuntimeException failure) {
    try {
      IndexStore.deleteTree(target);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }
}
