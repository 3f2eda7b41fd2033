package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gets a codebase onto local disk from what the user gave: an existing directory (used in place,
 * nothing copied), a local git repository at a commit (a bare repository, or a work tree given a
 * ref: the commit's tree is exported into a fresh work directory), a .zip file (extracted safely
 * into a fresh work directory) or a git URL (cloned through the URL policy). The caller closes the
 * returned tree to remove what was written.
 */
public final class Fetcher {
  private static final Pattern URL = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
  private static final Pattern SCP_LIKE = Pattern.compile("^[\\w.-]+@[\\w.-]+:.*");
  private final ZipExtractor zips;
  private final GitCloner git;
  private final BareRepoExporter exporter;
  private final Path workDir;

  /**
   * @param workDir where archives are extracted and repositories cloned, one fresh directory each
   */
  public Fetcher(ZipExtractor zips, GitCloner git, Path workDir) {
    this(zips, git, new BareRepoExporter(ArchiveLimits.defaults()), workDir);
  }

  /**
   * @param exporter writes a commit of a local git repository, within its archive limits
   */
  public Fetcher(ZipExtractor zips, GitCloner git, BareRepoExporter exporter, Path workDir) {
    this.zips = zips;
    this.git = git;
    this.exporter = exporter;
    this.workDir = workDir;
  }

  /**
   * Fetches {@code location}; {@code ref} (branch, tag or commit) applies to git URLs and local git
   * repositories. A bare repository without a ref gives its HEAD; a work tree without a ref is read
   * in place, uncommitted edits included.
   *
   * @throws LanternException {@code BAD_REQUEST} for a location that is none of these (or a ref
   *     given for a plain directory or file), or the errors of {@link ZipExtractor}, {@link
   *     GitCloner} and {@link BareRepoExporter}
   */
  public FetchedTree fetch(String location, Optional<String> ref) {
    String loc = location.strip();
    if (URL.matcher(loc).matches() || SCP_LIKE.matcher(loc).matches()) {
      Path target = freshDir("git");
      String commit = removingOnFailure(target, () -> git.cloneInto(loc, ref, target));
      return new FetchedTree(
          target, FetchedTree.Kind.GIT, repositoryName(loc), commit, () -> delete(target));
    }
    Optional<String> wanted = ref.filter(r -> !r.isBlank());
    Path path;
    try {
      path = Path.of(loc).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw notASource(loc, "it is not a valid path");
    }
    if (Files.isSymbolicLink(path)) {
      // Links are never followed, the root included: give the real directory.
      throw notASource(loc, "it is a symbolic link; give the directory it points to");
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      if (BareRepoExporter.isGitDir(path)) {
        return export(path, wanted.orElse("HEAD"), repositoryDirName(path));
      }
      if (wanted.isPresent()) {
        if (!BareRepoExporter.isGitDir(path.resolve(".git"))) {
          throw new LanternException(
              ErrorCode.BAD_REQUEST,
              "a ref applies to git repositories and git URLs; '"
                  + loc
                  + "' is not a git work tree");
        }
        return export(path.resolve(".git"), wanted.get(), name(path));
      }
      return new FetchedTree(path, FetchedTree.Kind.DIRECTORY, name(path), "", () -> {});
    }
    if (wanted.isPresent()) {
      throw new LanternException(
          ErrorCode.BAD_REQUEST,
          "a ref applies to git repositories and git URLs, not to '" + loc + "'");
    }
    if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
        && loc.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      Path target = freshDir("zip");
      removingOnFailure(target, () -> zips.extract(path, target));
      String name = name(path).replaceFirst("(?i)\\.zip$", "");
      return new FetchedTree(target, FetchedTree.Kind.ZIP, name, "", () -> delete(target));
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw notASource(loc, "it is a file but not a .zip archive");
    }
    throw notASource(
        loc,
        loc.matches("^[\\w-]+(\\.[\\w-]+)+/.+")
            ? "it does not exist; for a git repository give an https:// URL"
            : "it does not exist");
  }

  /** The tree of {@code ref} in a local git directory, written into a fresh work directory. */
  private FetchedTree export(Path gitDir, String ref, String displayName) {
    Path target = freshDir("git");
    String commit = removingOnFailure(target, () -> exporter.export(gitDir, ref, target).commit());
    return new FetchedTree(target, FetchedTree.Kind.GIT, displayName, commit, () -> delete(target));
  }

  /**
   * "ky" for ky.git, for ky/.git, and for a mirror laid out as {@code lantern eval} takes them
   * ({@code sindresorhus+ky/repo}); a bare directory's own name otherwise.
   */
  static String repositoryDirName(Path gitDir) {
    String n = name(gitDir);
    String above = gitDir.getParent() == null ? "" : name(gitDir.getParent());
    if (n.equals(".git") && !above.isEmpty()) {
      return above;
    }
    if (above.matches("[^+]+\\+[^+]+")) {
      return above.substring(above.indexOf('+') + 1);
    }
    return n.replaceFirst("(?i)\\.git$", "");
  }

  private static LanternException notASource(String loc, String why) {
    return new LanternException(
        ErrorCode.BAD_REQUEST,
        "'" + loc + "' is not a directory, a .zip file or a git URL: " + why);
  }

  /** "github.com/psf/requests" for https://github.com/psf/requests.git. */
  static String repositoryName(String url) {
    try {
      URI u = URI.create(url);
      String path = u.getPath() == null ? "" : u.getPath().replaceFirst("\\.git/?$", "");
      return (u.getHost() == null ? "" : u.getHost()) + path.replaceFirst("/$", "");
    } catch (IllegalArgumentException e) {
      return url.replaceFirst("^[^@]*@", "").replaceFirst("\\.git$", "");
    }
  }

  private static String name(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  private Path freshDir(String kind) {
    try {
      Files.createDirectories(workDir);
      return Files.createTempDirectory(workDir, kind + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work directory under " + workDir, e);
    }
  }

  private static <T> T removingOnFailure(Path dir, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      throw ZipExtractor.cleanUp(dir, e);
    }
  }

  private static void delete(Path dir) {
    IndexStore.deleteTree(dir);
  }
}
