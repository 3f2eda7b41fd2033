package dev.lantern.core.index.faiss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lantern.core.index.BruteForceVectorIndex;
import dev.lantern.core.index.VectorIndex;
import dev.lantern.core.index.VectorIndexContractTest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaissVectorIndexTest extends VectorIndexContractTest {
  @BeforeAll
  static void needsFaiss() {
    Faiss.Availability a = Faiss.availability();
    if (!a.available()) {
      System.out.println("SKIPPING FAISS tests: " + a.reason());
    }
    assumeTrue(a.available(), a.reason());
  }

  protected VectorIndex create(int dims, long expectedSize) {
    return FaissVectorIndex.create(dims, expectedSize);
  }

  protected VectorIndex load(Path file) {
    return FaissVectorIndex.load(file);
  }

  @Test
  void hnswRecallAgainstExactSearch() {
    int n = 20_000, dims = 64;
    float[][] centres = new float[50][];
    for (int c = 0; c < centres.length; c++) {
      centres[c] = unit(dims);
    }
    float[][] v = new float[n][];
    long[] ids = new long[n];
    for (int i = 0; i < n; i++) {
      float[] c = centres[random.nextInt(centres.length)];
      float[] x = unit(dims);
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        x[d] = c[d] + 0.3f * x[d];
        norm += x[d] * x[d];
      }
      for (int d = 0; d < dims; d++) {
        x[d] /= (float) Math.sqrt(norm);
      }
      v[i] = x;
      ids[i] = i;
    }
    try (FaissVectorIndex hnsw =
            FaissVectorIndex.create(dims, FaissVectorIndex.HNSW_THRESHOLD + 1);
        BruteForceVectorIndex exact = new BruteForceVectorIndex(dims)) {
      hnsw.add(ids, v);
      exact.add(ids, v);
      int found = 0, total = 0;
      for (int q = 0; q < 50; q++) {
        float[] query = v[random.nextInt(n)];
        Set<Long> truth = new HashSet<>();
        exact.search(query, 10).forEach(h -> truth.add(h.id()));
        List<VectorIndex.VectorHit> got = hnsw.search(query, 10);
        found += (int) got.stream().filter(h -> truth.contains(h.id())).count();
        total += 10;
      }
      System.out.println("hnsw recall@10: " + found / (double) total);
      assertThat(found / (double) total).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void disabledPropertyReportsAReason() {
    System.setProperty(Faiss.DISABLE_PROPERTY, "true");
    try {
      assertThat(Faiss.availability().available()).isFalse();
      assertThat(Faiss.availability().reason()).contains(Faiss.DISABLE_PROPERTY);
    } finally {
      System.clearProperty(Faiss.DISABLE_PROPERTY);
    }
  }
}
