package dev.lantern.indexer.pipeline;

import dev.lantern.core.model.Chunk;

/**
 * The text embedded for a chunk. The bundled model keeps only its first 128 tokens (≈ 490
 * characters of Java), so what identifies the chunk goes first: path, qualified name, signature and
 * the doc comment's opening, then the code.
 */
public final class EmbeddingText {
  private static final int DOC_CHARS = 240;

  private EmbeddingText() {}

  public static String of(Chunk chunk) {
    StringBuilder sb = new StringBuilder(256 + chunk.text().length());
    sb.append(chunk.path()).append('\n');
    if (!chunk.qualifiedName().isEmpty()) {
      sb.append(chunk.qualifiedName()).append('\n');
    }
    if (!chunk.signature().isEmpty()) {
      sb.append(chunk.signature()).append('\n');
    }
    if (!chunk.doc().isEmpty()) {
      String doc = chunk.doc().strip();
      sb.append(doc, 0, Math.min(DOC_CHARS, doc.length())).append('\n');
    }
    sb.append(chunk.text());
    return sb.toString();
  }
}
