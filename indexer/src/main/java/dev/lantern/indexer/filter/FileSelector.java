package dev.lantern.indexer.filter;

import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Walks a tree (never following symbolic links) and selects the files worth indexing: code of any
 * common language, docs and config text. Honours every {@code .gitignore} on the way and counts
 * each skipped file with its reason in a {@link FilterReport}. Files come back sorted by path.
 */
public final class FileSelector {
  /** 1 MiB: larger text files are data or generated far more often than hand-written code. */
  public static final long DEFAULT_MAX_FILE_BYTES = 1 << 20;

  private final long maxFileBytes;

  public FileSelector() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * @param maxFileBytes files larger than this are skipped as {@link SkipReason#TOO_LARGE}
   */
  public FileSelector(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }

  /** Selects the files under {@code root}; {@link SourceFile#path()} is relative, with "/". */
  public Selection select(Path root) {
    FilterReport report = new FilterReport();
    List<SourceFile> files = new ArrayList<>();
    GitignoreStack ignores = new GitignoreStack();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String rel = relative(root, dir);
              if (!rel.isEmpty()) {
                String name = dir.getFileName().toString();
                Optional<SkipReason> rule = FileRules.forDirectory(name);
                if (rule.isEmpty() && ignores.isIgnored(rel, true)) {
                  rule = Optional.of(SkipReason.IGNORED);
                }
                if (rule.isPresent()) {
                  if (!FileRules.VCS_DIRS.contains(name)) { // .git internals are not the codebase
                    report.skip(rule.get(), rel + "/", countFiles(dir));
                  }
                  return FileVisitResult.SKIP_SUBTREE;
                }
              }
              ignores.enter(dir, rel);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
              ignores.leave(relative(root, dir));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String rel = relative(root, file);
              if (attrs.isSymbolicLink()) {
                report.skip(SkipReason.SYMLINK, rel);
              } else if (!attrs.isRegularFile()) {
                report.skip(SkipReason.UNSUPPORTED, rel); // fifo, socket, device: never read
              } else {
                consider(file, rel, attrs.size(), ignores, report).ifPresent(files::add);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              report.skip(SkipReason.UNREADABLE, relative(root, file));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
    files.sort(Comparator.comparing(SourceFile::path));
    return new Selection(List.copyOf(files), report);
  }

  private Optional<SourceFile> consider(
      Path file, String rel, long size, GitignoreStack ignores, FilterReport report) {
    // 1. By path: .gitignore rules, then what the name says, then size.
    String name = file.getFileName().toString();
    if (ignores.isIgnored(rel, false)) {
      report.skip(SkipReason.IGNORED, rel);
      return Optional.empty();
    }
    Optional<SkipReason> byName = FileRules.forFile(name);
    if (byName.isPresent()) {
      report.skip(byName.get(), rel);
      return Optional.empty();
    }
    if (size > maxFileBytes) {
      report.skip(SkipReason.TOO_LARGE, rel);
      return Optional.empty();
    }
    // 2. By content.
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
    } catch (IOException e) {
      report.skip(SkipReason.UNREADABLE, rel);
      return Optional.empty();
    }
    Optional<SkipReason> byContent = judgeContent(name, bytes);
    if (byContent.isPresent()) {
      report.skip(byContent.get(), rel);
      return Optional.empty();
    }
    ContentRules.Decoded decoded = ContentRules.decode(bytes);
    if (ContentRules.looksGenerated(decoded.text())) {
      report.skip(SkipReason.GENERATED, rel);
      return Optional.empty();
    }
    if (ContentRules.looksMinified(decoded.text(), FileRules.isProse(name))) {
      report.skip(SkipReason.MINIFIED, rel);
      return Optional.empty();
    }
    if (decoded.latin1()) {
      report.latin1();
    }
    report.include(bytes.length);
    return Optional.of(new SourceFile(rel, Language.fromPath(rel), decoded.text(), bytes.length));
  }

  private Optional<SkipReason> judgeContent(String name, byte[] bytes) {
    if (bytes.length > maxFileBytes) {
      return Optional.of(SkipReason.TOO_LARGE); // grew since it was listed
    }
    if (ContentRules.isBinary(bytes)) {
      return Optional.of(SkipReason.BINARY);
    }
    if (FileRules.needsShebang(name) && !ContentRules.startsWithShebang(bytes)) {
      return Optional.of(SkipReason.UNSUPPORTED);
    }
    return Optional.empty();
  }

  /** Regular files under a directory skipped whole, for the report; links are not followed. */
  private static int countFiles(Path dir) {
    int[] n = {0};
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              n[0]++;
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // count what was seen
    }
    return n[0];
  }

  static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
