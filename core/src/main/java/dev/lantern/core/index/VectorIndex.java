package dev.lantern.core.index;

import java.nio.file.Path;
import java.util.List;

/**
 * Nearest-neighbour search over L2-normalised vectors by inner product (cosine). Ids are chunk
 * ordinals of the lexical index. Not thread-safe for writes; searches may run concurrently once
 * building is done.
 */
public interface VectorIndex extends AutoCloseable {
  int dimensions();

  long size();

  /** Adds vectors with their ids; {@code ids.length == vectors.length}. */
  void add(long[] ids, float[][] vectors);

  /** The {@code k} nearest vectors, best first. */
  List<VectorHit> search(float[] query, int k);

  /** Writes the index to {@code file} (overwriting). */
  void save(Path file);

  @Override
  void close();

  /** One neighbour: its id and inner-product score. */
  record VectorHit(long id, float score) {}
}
