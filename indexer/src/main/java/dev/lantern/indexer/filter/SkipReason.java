package dev.lantern.indexer.filter;

/**
 * Why a file was not indexed; reports print {@link #label} or, in one-line summaries, {@link
 * #shortLabel}.
 */
public enum SkipReason {
  IGNORED("ignored by .gitignore", "ignored"),
  VENDORED("vendored dependency", "vendored"),
  GENERATED("generated or build output", "generated"),
  MINIFIED("minified or bundled", "minified"),
  LOCKFILE("lock file", "lock files"),
  BINARY("binary", "binary"),
  TOO_LARGE("over the size cap", "too large"),
  SYMLINK("symbolic link (not followed)", "symlinks"),
  UNSUPPORTED("not code, docs or config", "not code"),
  /** The file could not be read (permissions, or it vanished during the walk). */
  UNREADABLE("could not be read", "unreadable");

  private final String label;
  private final String shortLabel;

  SkipReason(String label, String shortLabel) {
    this.label = label;
    this.shortLabel = shortLabel;
  }

  public String label() {
    return label;
  }

  public String shortLabel() {
    return shortLabel;
  }
}
