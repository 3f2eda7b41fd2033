package dev.lantern.indexer.pipeline;

import dev.lantern.core.index.VectorIndex;

/** Creates an empty vector index; the runtime's composition root picks the implementation. */
@FunctionalInterface
public interface VectorIndexFactory {
  VectorIndex create(int dimensions, long expectedSize);
}
