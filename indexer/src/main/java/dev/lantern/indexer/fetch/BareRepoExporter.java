package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the tree of one commit of a local bare repository into a directory by streaming blobs (no
 * index, no checkout, no git binary). Symbolic links and submodules are skipped.
 */
public final class BareRepoExporter {
  /** Writes {@code commit}'s tree under {@code target} and returns the number of files. */
  public int export(Path gitDir, String commit, Path target) {
    try (Repository repo =
            new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
        ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      ObjectId id = repo.resolve(commit + "^{commit}");
      if (id == null) {
        throw new LanternException(
            ErrorCode.GIT_REF_NOT_FOUND, "commit " + commit + " not found in " + gitDir);
      }
      RevCommit rc = walk.parseCommit(id);
      int files = 0;
      try (TreeWalk tw = new TreeWalk(reader)) {
        tw.addTree(rc.getTree());
        tw.setRecursive(true);
        while (tw.next()) {
          FileMode mode = tw.getFileMode(0);
          if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
            continue;
          }
          String path = tw.getPathString();
          Path out = target.resolve(path).normalize();
          if (!out.startsWith(target)) {
            continue; // a hostile tree entry; git forbids these, but never write outside target
          }
          Files.createDirectories(out.getParent());
          try (OutputStream os = Files.newOutputStream(out)) {
            reader.open(tw.getObjectId(0)).copyTo(os);
          }
          files++;
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export " + commit + " from " + gitDir, e);
    }
  }
}
