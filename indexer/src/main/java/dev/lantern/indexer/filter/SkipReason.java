package dev.lantern.indexer.filter;

/** Why a file was not indexed; {@link #label} is what reports print. */
public enum SkipReason {
  IGNORED("ignored by .gitignore"),
  VENDORED("vendored dependency"),
  GENERATED("generated or build output"),
  MINIFIED("minified or bundled"),
  LOCKFILE("lock file"),
  BINARY("binary"),
  TOO_LARGE("over the size cap"),
  SYMLINK("symbolic link"),
  UNSUPPORTED("not code, docs or config");

  private final String label;

  SkipReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
