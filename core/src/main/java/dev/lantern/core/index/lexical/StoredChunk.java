package dev.lantern.core.index.lexical;

/**
 * A chunk as read back from the index.
 *
 * @param ord the chunk's ordinal (its vector id)
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
    String text) {}
