package dev.lantern.core.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Index versions on disk: {@code <root>/<codebase>/<version>/} directories and a {@code CURRENT}
 * file naming the live one. A version is built beside the live one and published by atomically
 * replacing {@code CURRENT}, so readers see either the old or the new index, never a mix.
 */
public final class IndexStore {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final String CURRENT = "CURRENT";
  public static final String MANIFEST = "manifest.json";
  public static final String LEXICAL_DIR = "lexical";
  public static final String VECTORS_FILE = "vectors.faiss";

  private final Path root;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public IndexStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * Checks a codebase name: letters, digits, {@code . _ -}, at most 100, not starting with a dot.
   */
  public static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new LanternException(
          ErrorCode.BAD_REQUEST,
          "invalid codebase name '"
              + name
              + "': use 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return name;
  }

  /** Creates an empty directory for a new version of {@code codebase}. */
  public Path newVersion(String codebase) {
    checkName(codebase);
    String version =
        String.format(
            "v%013d-%s", System.currentTimeMillis(), UUID.randomUUID().toString().substring(0, 8));
    Path dir = root.resolve(codebase).resolve(version);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    return dir;
  }

  /** Makes {@code versionDir} the live version and removes versions older than the previous one. */
  public void publish(String codebase, Path versionDir) {
    Path base = root.resolve(checkName(codebase));
    Optional<Path> previous = current(codebase);
    writeAtomically(base.resolve(CURRENT), versionDir.getFileName().toString());
    try (Stream<Path> versions = Files.list(base)) {
      for (Path v : versions.toList()) {
        boolean keep =
            v.getFileName().toString().equals(CURRENT)
                || v.equals(versionDir)
                || previous.map(v::equals).orElse(false)
                || v.getFileName().toString().compareTo(versionDir.getFileName().toString()) > 0;
        if (!keep) {
          deleteTree(v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The live version directory of {@code codebase}, if it has one. */
  public Optional<Path> current(String codebase) {
    Path base = root.resolve(checkName(codebase));
    try {
      String version = Files.readString(base.resolve(CURRENT), StandardCharsets.UTF_8).trim();
      Path dir = base.resolve(version);
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of codebases with a live version, sorted. */
  public List<String> codebases() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      List<String> names = new ArrayList<>();
      for (Path d : dirs.sorted().toList()) {
        if (Files.isRegularFile(d.resolve(CURRENT))) {
          names.add(d.getFileName().toString());
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes every version of {@code codebase}; false when there was nothing to delete. */
  public boolean delete(String codebase) {
    Path base = root.resolve(checkName(codebase));
    if (!Files.exists(base)) {
      return false;
    }
    deleteTree(base);
    return true;
  }

  public IndexManifest readManifest(Path versionDir) {
    try {
      return json.readValue(versionDir.resolve(MANIFEST).toFile(), IndexManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read manifest of " + versionDir, e);
    }
  }

  /** Writes the manifest through a temporary file and an atomic rename. */
  public void writeManifest(Path versionDir, IndexManifest manifest) {
    try {
      writeAtomically(versionDir.resolve(MANIFEST), json.writeValueAsString(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAtomically(Path target, String content) {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Deletes a directory tree without following symbolic links. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
