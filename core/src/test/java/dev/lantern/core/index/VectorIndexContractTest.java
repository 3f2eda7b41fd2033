package dev.lantern.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link VectorIndex} must have; each implementation's test extends this.
 * Randomised with a printed seed ({@code -Dtests.seed=N} reproduces a run).
 */
public abstract class VectorIndexContractTest {
  protected static final int DIMS = 16;
  @TempDir protected Path dir;
  protected Random random;

  protected abstract VectorIndex create(int dims, long expectedSize);

  protected abstract VectorIndex load(Path file);

  @BeforeEach
  void seed() {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    System.out.println(getClass().getSimpleName() + " seed: " + seed);
    random = new Random(seed);
  }

  protected float[] unit(int dims) {
    float[] v = new float[dims];
    double norm = 0;
    for (int i = 0; i < dims; i++) {
      v[i] = (float) random.nextGaussian();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < dims; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  @Test
  void aStoredVectorIsItsOwnNearestNeighbour() {
    try (VectorIndex index = create(DIMS, 100)) {
      float[][] v = new float[100][];
      long[] ids = new long[100];
      for (int i = 0; i < 100; i++) {
        v[i] = unit(DIMS);
        ids[i] = 1_000_000_000_000L + i * 7L;
      }
      index.add(ids, v);
      assertThat(index.size()).isEqualTo(100);
      for (int i = 0; i < 100; i += 9) {
        List<VectorIndex.VectorHit> hits = index.search(v[i], 5);
        assertThat(hits.get(0).id()).isEqualTo(ids[i]);
        assertThat(hits.get(0).score()).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        for (int h = 1; h < hits.size(); h++) {
          assertThat(hits.get(h).score()).isLessThanOrEqualTo(hits.get(h - 1).score());
        }
      }
    }
  }

  @Test
  void kLargerThanSizeAndEmptyIndex() {
    try (VectorIndex index = create(DIMS, 10)) {
      assertThat(index.search(unit(DIMS), 10)).isEmpty();
      index.add(new long[] {3, 9}, new float[][] {unit(DIMS), unit(DIMS)});
      assertThat(index.search(unit(DIMS), 50))
          .extracting(VectorIndex.VectorHit::id)
          .containsExactlyInAnyOrder(3L, 9L);
    }
  }

  @Test
  void saveThenLoadGivesTheSameResults() {
    Path file = dir.resolve("v.idx");
    float[] q = unit(DIMS);
    List<VectorIndex.VectorHit> before;
    try (VectorIndex index = create(DIMS, 50)) {
      float[][] v = new float[50][];
      long[] ids = new long[50];
      for (int i = 0; i < 50; i++) {
        v[i] = unit(DIMS);
        ids[i] = i * 3L;
      }
      index.add(ids, v);
      before = index.search(q, 10);
      index.save(file);
    }
    try (VectorIndex loaded = load(file)) {
      assertThat(loaded.dimensions()).isEqualTo(DIMS);
      assertThat(loaded.search(q, 10)).isEqualTo(before);
    }
  }

  @Test
  void wrongDimensionsAreAClearError() {
    try (VectorIndex index = create(DIMS, 10)) {
      assertThatThrownBy(() -> index.add(new long[] {1}, new float[][] {new float[DIMS + 1]}))
          .hasMessageContaining("dimensions");
      assertThatThrownBy(() -> index.search(new float[3], 1)).hasMessageContaining("dimensions");
    }
  }
}
