package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import java.util.List;

/**
 * Renders chunks as stable text, one line each: {@code start-end KIND qualifiedName | signature |
 * first doc line | references}. What a reviewer needs to judge a chunking at a glance.
 */
final class ChunkRendering {
  private ChunkRendering() {}

  static String render(List<Chunk> chunks) {
    StringBuilder sb = new StringBuilder();
    for (Chunk c : chunks) {
      sb.append(c.startLine())
          .append('-')
          .append(c.endLine())
          .append(' ')
          .append(c.kind())
          .append(' ')
          .append(c.qualifiedName().isEmpty() ? "-" : c.qualifiedName())
          .append(" | ")
          .append(c.signature())
          .append(" | ")
          .append(c.doc().lines().findFirst().orElse(""))
          .append(" | ")
          .append(String.join(", ", c.references()))
          .append('\n');
    }
    return sb.toString();
  }
}
