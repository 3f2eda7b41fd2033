package dev.lantern.core.progress;

/** Ingestion stages, in the order the workflow runs them. */
public enum Stage {
  VALIDATE,
  FETCH,
  FILTER,
  CHUNK,
  LEXICAL,
  EMBED,
  PERSIST,
  READY;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
