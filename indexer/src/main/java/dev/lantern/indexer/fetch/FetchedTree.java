package dev.lantern.indexer.fetch;

import java.nio.file.Path;

/**
 * A codebase's files on local disk, ready for selection; close it to remove what fetching wrote.
 *
 * @param root the directory holding the files
 * @param kind where they came from
 * @param displayName what to call the source in reports: a directory or archive name, or the
 *     repository's host and path
 * @param revision the commit id for git sources, else empty
 * @param cleanup removes what fetching wrote (nothing for a local directory)
 */
public record FetchedTree(
    Path root, Kind kind, String displayName, String revision, Runnable cleanup)
    implements AutoCloseable {
  /** Kinds of source. */
  public enum Kind {
    /** A local directory, read in place. */
    DIRECTORY,
    /** A .zip archive, extracted into a work directory. */
    ZIP,
    /** A git URL, cloned at one commit. */
    GIT
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
