package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.util.List;

/**
 * Splits one file into chunks, in line order, that cover every non-blank line; a blank file yields
 * none. Implementations are thread-safe and never throw on malformed input.
 */
public interface Chunker {
  List<Chunk> chunk(SourceFile file);
}
