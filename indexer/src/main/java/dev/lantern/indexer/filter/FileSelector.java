package dev.lantern.indexer.filter;

import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Walks a tree (never following symbolic links) and selects the files worth indexing, honouring
 * every {@code .gitignore} on the way, and counts each skipped file with its reason.
 */
public final class FileSelector {
  /** 1 MiB: larger text files are data or generated far more often than hand-written code. */
  public static final long DEFAULT_MAX_FILE_BYTES = 1 << 20;

  /** Lines averaging more than this many characters are minified or data, not code. */
  private static final int MINIFIED_AVERAGE_LINE = 300;

  private final long maxFileBytes;

  public FileSelector() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  public FileSelector(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }

  public Selection select(Path root) {
    FilterReport report = new FilterReport();
    List<SourceFile> files = new ArrayList<>();
    Deque<Ignore> ignores = new ArrayDeque<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              String rel = relative(root, dir);
              if (!rel.isEmpty()) {
                Optional<SkipReason> rule = FileRules.forDirectory(dir.getFileName().toString());
                if (rule.isPresent() || ignored(ignores, rel, true)) {
                  SkipReason reason = rule.orElse(SkipReason.IGNORED);
                  countSkippedTree(dir, rel, reason, report);
                  return FileVisitResult.SKIP_SUBTREE;
                }
              }
              Path gitignore = dir.resolve(".gitignore");
              IgnoreNode node = new IgnoreNode();
              if (Files.isRegularFile(gitignore, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (var in = Files.newInputStream(gitignore)) {
                  node.parse(in);
                }
              }
              ignores.push(new Ignore(rel, node));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
              if (!ignores.isEmpty() && ignores.peek().base.equals(relative(root, dir))) {
                ignores.pop();
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String rel = relative(root, file);
              if (attrs.isSymbolicLink()) {
                report.skip(SkipReason.SYMLINK, rel);
              } else if (attrs.isRegularFile()) {
                consider(file, rel, attrs.size(), ignores, report).ifPresent(files::add);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
    files.sort(Comparator.comparing(SourceFile::path));
    return new Selection(List.copyOf(files), report);
  }

  private record Ignore(String base, IgnoreNode node) {}

  private Optional<SourceFile> consider(
      Path file, String rel, long size, Deque<Ignore> ignores, FilterReport report) {
    String name = file.getFileName().toString();
    if (name.equals(".gitignore") || ignored(ignores, rel, false)) {
      report.skip(SkipReason.IGNORED, rel);
      return Optional.empty();
    }
    Optional<SkipReason> rule = FileRules.forFile(name);
    if (rule.isPresent()) {
      report.skip(rule.get(), rel);
      return Optional.empty();
    }
    if (size > maxFileBytes) {
      report.skip(SkipReason.TOO_LARGE, rel);
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (isBinary(bytes)) {
      report.skip(SkipReason.BINARY, rel);
      return Optional.empty();
    }
    String text = decode(bytes, report);
    if (looksGenerated(text)) {
      report.skip(SkipReason.GENERATED, rel);
      return Optional.empty();
    }
    if (looksMinified(text)) {
      report.skip(SkipReason.MINIFIED, rel);
      return Optional.empty();
    }
    report.include(bytes.length);
    return Optional.of(new SourceFile(rel, Language.fromPath(rel), text, bytes.length));
  }

  /** Checks the path and each parent directory against the .gitignore files above it. */
  private static boolean ignored(Deque<Ignore> ignores, String rel, boolean directory) {
    // Deeper .gitignore files take precedence, so ask them first (the deque's head is deepest).
    for (Ignore ig : ignores) {
      String sub =
          ig.base.isEmpty()
              ? rel
              : rel.startsWith(ig.base + "/") ? rel.substring(ig.base.length() + 1) : null;
      if (sub == null || ig.node.getRules().isEmpty()) {
        continue;
      }
      IgnoreNode.MatchResult m = ig.node.isIgnored(sub, directory);
      if (m == IgnoreNode.MatchResult.IGNORED) {
        return true;
      }
      if (m == IgnoreNode.MatchResult.NOT_IGNORED) {
        return false;
      }
    }
    return false;
  }

  private static void countSkippedTree(
      Path dir, String rel, SkipReason reason, FilterReport report) {
    if (FileRules.VCS_DIRS.contains(dir.getFileName().toString())) {
      return; // .git internals are not "files of the codebase"; don't count them.
    }
    try (var s = Files.walk(dir)) {
      s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .limit(1_000_000)
          .forEach(
              p ->
                  report.skip(reason, rel + "/" + dir.relativize(p).toString().replace('\\', '/')));
    } catch (IOException | UncheckedIOException e) {
      report.skip(reason, rel + "/");
    }
  }

  static boolean isBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Strict UTF-8 (BOM dropped); otherwise windows-1252, which maps every byte to some character.
   */
  static String decode(byte[] bytes, FilterReport report) {
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      report.latin1();
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  static boolean looksGenerated(String text) {
    String head = text.length() > 600 ? text.substring(0, 600) : text;
    return head.contains("@generated")
        || head.contains("DO NOT EDIT")
        || head.contains("Code generated by")
        || head.contains("autogenerated by")
        || head.contains("This file was automatically generated")
        || head.contains("Generated by javadoc")
        || head.contains("Generated by Sphinx")
        || head.contains("generated by TypeDoc")
        || head.contains("Generated by JSDoc");
  }

  static boolean looksMinified(String text) {
    if (text.length() < 2_000) {
      return false;
    }
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    return text.length() / lines > MINIFIED_AVERAGE_LINE;
  }

  static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
