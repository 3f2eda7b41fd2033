package dev.lantern.indexer.fetch;

/**
 * A codebase's files on local disk, ready for selection.
 *
 * @param root the directory holding the files
 * @param kind where they came from
 * @param revision the commit id for git sources, else empty
 * @param cleanup removes what fetching wrote (nothing for a local directory)
 */
public record FetchedTree(java.nio.file.Path root, Kind kind, String revision, Runnable cleanup) {
  /** Kinds of source. */
  public enum Kind {
    DIRECTORY,
    ZIP,
    GIT
  }
}
