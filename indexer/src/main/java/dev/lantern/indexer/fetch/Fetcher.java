package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Gets a codebase onto local disk from what the user gave: an existing directory (used in place), a
 * .zip file (extracted safely into a fresh work directory) or a git URL (cloned).
 */
public final class Fetcher {
  private final ZipExtractor zips;
  private final GitCloner git;
  private final Path workDir;

  public Fetcher(ZipExtractor zips, GitCloner git, Path workDir) {
    this.zips = zips;
    this.git = git;
    this.workDir = workDir;
  }

  public FetchedTree fetch(String location, Optional<String> ref) {
    String loc = location.strip();
    if (loc.matches("(?i)^[a-z][a-z0-9+.-]*://.*") || loc.startsWith("git@")) {
      Path target = freshDir("git");
      String commit = git.cloneInto(loc, ref, target);
      return new FetchedTree(
          target, FetchedTree.Kind.GIT, commit, () -> IndexStore.deleteTree(target));
    }
    if (ref.isPresent()) {
      throw new LanternException(
          ErrorCode.BAD_REQUEST, "--ref applies to git URLs, not to '" + loc + "'");
    }
    Path path = Path.of(loc);
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return new FetchedTree(
          path.toAbsolutePath().normalize(), FetchedTree.Kind.DIRECTORY, "", () -> {});
    }
    if (Files.isRegularFile(path) && loc.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      Path target = freshDir("zip");
      zips.extract(path, target);
      return new FetchedTree(target, FetchedTree.Kind.ZIP, "", () -> IndexStore.deleteTree(target));
    }
    throw new LanternException(
        ErrorCode.BAD_REQUEST,
        "'"
            + loc
            + "' is not a directory, a .zip file or a git URL"
            + (Files.exists(path) ? "" : " (it does not exist)"));
  }

  private Path freshDir(String kind) {
    try {
      Files.createDirectories(workDir);
      return Files.createTempDirectory(workDir, kind + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work directory under " + workDir, e);
    }
  }
}
