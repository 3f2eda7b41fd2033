package dev.lantern.standalone.eval;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds a repository's bare git directory in the eval repos folder: {@code owner+name/} is either
 * the bare directory itself or a folder holding one (as {@code fetch} lays them out).
 */
final class RepoDirs {
  private RepoDirs() {}

  static Path locate(Path reposDir, String repo) {
    Path base = reposDir.resolve(repo.replace('/', '+'));
    if (isBare(base)) {
      return base;
    }
    if (Files.isDirectory(base)) {
      try (Stream<Path> children = Files.list(base)) {
        for (Path child : children.sorted().toList()) {
          if (isBare(child)) {
            return child;
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    throw new LanternException(
        ErrorCode.NOT_FOUND,
        "no bare git repository for "
            + repo
            + " under "
            + base
            + " (expected the mirror itself or a folder holding it)");
  }

  static boolean isBare(Path dir) {
    return Files.isRegularFile(dir.resolve("HEAD")) && Files.isDirectory(dir.resolve("objects"));
  }
}
