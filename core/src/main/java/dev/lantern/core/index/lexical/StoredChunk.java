package dev.lantern.core.index.lexical;

/**
 * A chunk as read back from the index.
 *
 * @param ord the chunk's ordinal (its vector id)
 * @param names module-level names the chunk binds outside any definition
 */
public record StoredChunk(
    int ord,
    String path,
    String language,
    String kind,
    int startLine,
    int endLine,
    String symbol,
    String qualifiedName,
    String signature,
    String doc,
    String text,
    java.util.List<String> names) {

  /** A chunk that binds no module-level names. */
  public StoredChunk(
      int ord,
      String path,
      String language,
      String kind,
      int startLine,
      int endLine,
      String symbol,
      String qualifiedName,
      String signature,
      String doc,
      String text) {
    this(
        ord,
        path,
        language,
        kind,
        startLine,
        endLine,
        symbol,
        qualifiedName,
        signature,
        doc,
        text,
        java.util.List.of());
  }

  public StoredChunk {
    names = names == null ? java.util.List.of() : java.util.List.copyOf(names);
  }
}
