package dev.lantern.core.index;

import java.nio.file.Path;

class BruteForceVectorIndexTest extends VectorIndexContractTest {
  protected VectorIndex create(int dims, long expectedSize) {
    return new BruteForceVectorIndex(dims);
  }

  protected VectorIndex load(Path file) {
    return BruteForceVectorIndex.load(file);
  }
}
