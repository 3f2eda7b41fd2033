package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.util.List;

/**
 * Splits one file into chunks covering every non-blank line. Thread-safe; never throws on bad
 * input.
 */
public interface Chunker {
  List<Chunk> chunk(SourceFile file);
}
