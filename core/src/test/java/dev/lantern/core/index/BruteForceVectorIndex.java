package dev.lantern.core.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Exact search in plain Java: a second implementation that keeps the contract test honest. */
public final class BruteForceVectorIndex implements VectorIndex {
  private final int dims;
  private final List<Long> ids = new ArrayList<>();
  private final List<float[]> vectors = new ArrayList<>();

  public BruteForceVectorIndex(int dims) {
    this.dims = dims;
  }

  public int dimensions() {
    return dims;
  }

  public long size() {
    return ids.size();
  }

  public void add(long[] newIds, float[][] v) {
    for (int i = 0; i < newIds.length; i++) {
      if (v[i].length != dims) {
        throw new IllegalArgumentException(
            "vector has " + v[i].length + " dimensions; the index has " + dims);
      }
      ids.add(newIds[i]);
      vectors.add(v[i].clone());
    }
  }

  public List<VectorHit> search(float[] q, int k) {
    if (q.length != dims) {
      throw new IllegalArgumentException(
          "query has " + q.length + " dimensions; the index has " + dims);
    }
    List<VectorHit> all = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      float s = 0;
      for (int d = 0; d < dims; d++) {
        s += q[d] * vectors.get(i)[d];
      }
      all.add(new VectorHit(ids.get(i), s));
    }
    all.sort(Comparator.comparingDouble(h -> -h.score()));
    return all.subList(0, Math.min(k, all.size()));
  }

  public void save(Path file) {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(dims);
      out.writeInt(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        out.writeLong(ids.get(i));
        for (float f : vectors.get(i)) {
          out.writeFloat(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BruteForceVectorIndex load(Path file) {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      BruteForceVectorIndex index = new BruteForceVectorIndex(in.readInt());
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        long id = in.readLong();
        float[] v = new float[index.dims];
        for (int d = 0; d < v.length; d++) {
          v[d] = in.readFloat();
        }
        index.add(new long[] {id}, new float[][] {v});
      }
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void close() {}
}
