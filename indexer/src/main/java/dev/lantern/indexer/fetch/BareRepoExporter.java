package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the tree of one commit of a local git repository into a directory by streaming blobs
 * straight from the object database: no index, no checkout, no git binary. Symbolic links and
 * submodules are skipped and counted. Used for cloned repositories and, in evaluation, for many
 * commits of bare mirrors.
 */
public final class BareRepoExporter {
  private final ArchiveLimits limits;

  /** No limits: for trusted local repositories such as evaluation mirrors. */
  public BareRepoExporter() {
    this(ArchiveLimits.unlimited());
  }

  /**
   * Files larger than the per-file limit are skipped (the selector would drop them anyway); more
   * files or bytes than the limits allow fail the export with {@code ARCHIVE_TOO_LARGE}.
   */
  public BareRepoExporter(ArchiveLimits limits) {
    this.limits = limits;
  }

  /** What an export wrote and left out. */
  public record Export(
      String commit,
      int files,
      long bytes,
      int symlinksSkipped,
      int submodulesSkipped,
      int oversizedSkipped) {}

  /**
   * Writes {@code commit}'s tree under {@code target} (absent or empty).
   *
   * @param repository a git directory (bare, or a work tree's {@code .git}), a work tree, or a
   *     folder holding exactly one git directory
   * @param commit anything git resolves to a commit: an id, a branch, a tag
   */
  public Export export(Path repository, String commit, Path target) {
    Path gitDir = locate(repository);
    try (Repository repo =
        new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build()) {
      ObjectId id;
      try {
        id = repo.resolve(commit + "^{commit}");
      } catch (RevisionSyntaxException e) {
        id = null;
      }
      if (id == null) {
        if (repo.getRefDatabase().getRefs().isEmpty()) {
          throw new LanternException(
              ErrorCode.EMPTY_SOURCE, "the repository has no commits (" + gitDir + ")");
        }
        throw new LanternException(
            ErrorCode.GIT_REF_NOT_FOUND,
            "branch, tag or commit '" + commit + "' not found in " + gitDir);
      }
      return export(repo, id, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the git repository " + gitDir, e);
    }
  }

  /** Writes the tree of commit {@code id} of an open repository under {@code target}. */
  Export export(Repository repo, ObjectId id, Path target) {
    ZipExtractor.requireEmpty(target);
    try {
      Files.createDirectories(target);
      return write(repo, id, target.toRealPath());
    } catch (IOException e) {
      throw ZipExtractor.cleanUp(
          target, new UncheckedIOException("cannot export " + id.name() + " to " + target, e));
    } catch (RuntimeException e) {
      throw ZipExtractor.cleanUp(target, e);
    }
  }

  private Export write(Repository repo, ObjectId id, Path target) throws IOException {
    ArchiveBudget budget = new ArchiveBudget(limits, "checkout", 0);
    int files = 0;
    int links = 0;
    int submodules = 0;
    int oversized = 0;
    Set<Path> made = new HashSet<>(); // directories already created: saves a stat per file
    made.add(target);
    try (ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader);
        TreeWalk tw = new TreeWalk(reader)) {
      tw.addTree(walk.parseCommit(id).getTree());
      tw.setRecursive(true);
      while (tw.next()) {
        int mode = tw.getRawMode(0);
        if (mode == FileMode.TYPE_SYMLINK) {
          links++;
          continue;
        }
        if (FileMode.GITLINK.equals(mode)) {
          submodules++;
          continue;
        }
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
          continue;
        }
        String path = tw.getPathString();
        Path out = target.resolve(path).normalize();
        if (!out.startsWith(target) || out.equals(target)) {
          // git itself refuses such trees; a crafted object database could still hold one
          throw ArchivePaths.unsafe(path);
        }
        ObjectLoader blob = reader.open(tw.getObjectId(0), Constants.OBJ_BLOB);
        if (blob.getSize() > limits.maxFileBytes()) {
          oversized++;
          continue;
        }
        budget.entry();
        Path parent = out.getParent();
        if (made.add(parent)) {
          Files.createDirectories(parent);
        }
        copy(blob, path, out, budget);
        files++;
      }
    }
    return new Export(id.name(), files, budget.totalBytes(), links, submodules, oversized);
  }

  private static void copy(ObjectLoader blob, String path, Path out, ArchiveBudget budget)
      throws IOException {
    try (OutputStream os =
        Files.newOutputStream(
            out,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)) {
      if (!blob.isLarge()) {
        byte[] bytes = blob.getCachedBytes();
        budget.write(path, 0, 0, bytes.length);
        os.write(bytes);
        return;
      }
      try (var in = blob.openStream()) {
        byte[] buf = new byte[64 * 1024];
        long written = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
          budget.write(path, written, 0, n);
          os.write(buf, 0, n);
          written += n;
        }
      }
    }
  }

  /** The git directory in {@code dir}: itself, its {@code .git}, or its one git sub-directory. */
  static Path locate(Path dir) {
    if (isGitDir(dir)) {
      return dir;
    }
    if (isGitDir(dir.resolve(Constants.DOT_GIT))) {
      return dir.resolve(Constants.DOT_GIT);
    }
    List<Path> inside;
    try (var list = Files.list(dir)) {
      inside = list.filter(BareRepoExporter::isGitDir).limit(2).toList();
    } catch (IOException e) {
      inside = List.of();
    }
    if (inside.size() == 1) {
      return inside.get(0);
    }
    throw new LanternException(
        ErrorCode.NOT_FOUND,
        inside.isEmpty()
            ? "no git repository at " + dir
            : dir + " holds several git repositories; name one of them");
  }

  /** Whether {@code dir} is itself a git directory (bare, or a work tree's {@code .git}). */
  static boolean isGitDir(Path dir) {
    return Files.isRegularFile(dir.resolve(Constants.HEAD), LinkOption.NOFOLLOW_LINKS)
        && Files.isDirectory(dir.resolve(Constants.OBJECTS), LinkOption.NOFOLLOW_LINKS);
  }
}
