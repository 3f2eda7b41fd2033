package dev.lantern.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.embed.ModelIdentity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  static final ModelIdentity MODEL = new ModelIdentity("test-model", "ab".repeat(32), 8);
  static final ModelIdentity OTHER = new ModelIdentity("test-model", "cd".repeat(32), 8);

  @TempDir Path root;

  /** A deterministic stand-in vector for a text. */
  static float[] vectorOf(String text, int dims) {
    Random r = new Random(text.hashCode());
    float[] v = new float[dims];
    for (int i = 0; i < dims; i++) {
      v[i] = r.nextFloat();
    }
    return v;
  }

  static List<byte[]> keys(List<String> texts) {
    return texts.stream().map(EmbeddingCache::keyOf).toList();
  }

  static float[][] vectors(List<String> texts, int dims) {
    return texts.stream().map(t -> vectorOf(t, dims)).toArray(float[][]::new);
  }

  static Path vectorsFile(Path root, ModelIdentity id) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().equals("vectors.bin"))
          .filter(p -> p.getParent().getFileName().toString().equals(id.key()))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void storedVectorsComeBackAndMissesAreNull() {
    List<String> texts = List.of("a", "b", "c");
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      cache.put(keys(texts), vectors(texts, 8));
      float[][] got = cache.get(keys(List.of("b", "zzz", "a")));
      assertThat(got[0]).containsExactly(vectorOf("b", 8));
      assertThat(got[1]).isNull();
      assertThat(got[2]).containsExactly(vectorOf("a", 8));
      assertThat(cache.size()).isEqualTo(3);
    }
  }

  @Test
  void vectorsSurviveReopenAndAreStoredOnce() throws Exception {
    List<String> texts = List.of("one", "two");
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      cache.put(keys(texts), vectors(texts, 8));
      cache.put(keys(texts), vectors(texts, 8));
    }
    long length = Files.size(vectorsFile(root, MODEL));
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      assertThat(cache.size()).isEqualTo(2);
      assertThat(cache.get(keys(List.of("two")))[0]).containsExactly(vectorOf("two", 8));
      cache.put(keys(texts), vectors(texts, 8));
    }
    assertThat(Files.size(vectorsFile(root, MODEL))).isEqualTo(length);
  }

  @Test
  void anotherModelDoesNotSeeTheVectors() {
    try (EmbeddingCache a = EmbeddingCache.open(root, MODEL);
        EmbeddingCache b = EmbeddingCache.open(root, OTHER)) {
      a.put(keys(List.of("shared text")), vectors(List.of("shared text"), 8));
      assertThat(b.get(keys(List.of("shared text")))[0]).isNull();
    }
  }

  @Test
  void aTornLastRecordIsCutAndTheRestKept() throws Exception {
    List<String> texts = List.of("r1", "r2", "r3");
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      cache.put(keys(texts), vectors(texts, 8));
    }
    Path file = vectorsFile(root, MODEL);
    long whole = Files.size(file);
    // A writer that died mid-record: half a record of bytes after the last whole one.
    Files.write(file, new byte[VectorLog.recordLength(8) / 2], StandardOpenOption.APPEND);
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      assertThat(cache.recoveredBytes()).isEqualTo(VectorLog.recordLength(8) / 2);
      assertThat(cache.size()).isEqualTo(3);
      assertThat(cache.get(keys(List.of("r3")))[0]).containsExactly(vectorOf("r3", 8));
      cache.put(keys(List.of("r4")), vectors(List.of("r4"), 8));
    }
    assertThat(Files.size(file)).isEqualTo(whole + VectorLog.recordLength(8));
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      assertThat(cache.size()).isEqualTo(4);
      assertThat(cache.get(keys(List.of("r4")))[0]).containsExactly(vectorOf("r4", 8));
    }
  }

  @Test
  void aRecordWhoseBytesNeverReachedTheDiskIsNotServed() throws Exception {
    List<String> texts = List.of("good", "lost");
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      cache.put(keys(texts), vectors(texts, 8));
    }
    Path file = vectorsFile(root, MODEL);
    long lastVector = Files.size(file) - VectorLog.recordLength(8) + VectorLog.HASH_BYTES;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[8 * 4]), lastVector); // zeros where the vector was
    }
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      float[][] got = cache.get(keys(texts));
      assertThat(got[0]).containsExactly(vectorOf("good", 8));
      assertThat(got[1]).isNull();
    }
  }

  @Test
  void aFileRecordingAnotherModelIsRefused() throws Exception {
    try (EmbeddingCache other = EmbeddingCache.open(root, OTHER)) {
      other.put(keys(List.of("t")), vectors(List.of("t"), 8));
    }
    // Simulate a key collision or a copied directory: MODEL's place holds OTHER's file.
    Path dir = root.resolve(MODEL.key());
    Files.createDirectories(dir);
    Files.copy(vectorsFile(root, OTHER), dir.resolve("vectors.bin"));
    assertThatThrownBy(() -> EmbeddingCache.open(root, MODEL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds vectors of test-model (8 dims, sha256 cdcdcdcdcdcd)");
  }

  @Test
  void aVectorOfTheWrongLengthIsRefused() {
    try (EmbeddingCache cache = EmbeddingCache.open(root, MODEL)) {
      assertThatThrownBy(() -> cache.put(keys(List.of("x")), new float[][] {new float[3]}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("3 dimensions");
    }
  }

  @Test
  void twoHandlesOnOneFileSeeEachOthersWritesWithoutDuplicates() throws Exception {
    try (EmbeddingCache a = EmbeddingCache.open(root, MODEL);
        EmbeddingCache b = EmbeddingCache.open(root, MODEL)) {
      a.put(keys(List.of("from a")), vectors(List.of("from a"), 8));
      assertThat(b.get(keys(List.of("from a")))[0]).containsExactly(vectorOf("from a", 8));
      b.put(keys(List.of("from a", "from b")), vectors(List.of("from a", "from b"), 8));
      assertThat(a.get(keys(List.of("from b")))[0]).containsExactly(vectorOf("from b", 8));
    }
    try (EmbeddingCache c = EmbeddingCache.open(root, MODEL)) {
      assertThat(c.size()).isEqualTo(2);
    }
    long header = VectorLog.header(MODEL).remaining();
    assertThat(Files.size(vectorsFile(root, MODEL)))
        .isEqualTo(header + 2L * VectorLog.recordLength(8));
  }

  @Test
  void concurrentThreadsAndHandlesKeepTheFileWhole() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (EmbeddingCache a = EmbeddingCache.open(root, MODEL);
        EmbeddingCache b = EmbeddingCache.open(root, MODEL)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        EmbeddingCache cache = t % 2 == 0 ? a : b;
        int seed = t;
        done.add(
            threads.submit(
                () -> {
                  Random r = new Random(seed);
                  for (int i = 0; i < 50; i++) {
                    List<String> texts = List.of("t" + r.nextInt(100), "t" + r.nextInt(100));
                    cache.put(keys(texts), vectors(texts, 8));
                    float[][] got = cache.get(keys(texts));
                    assertThat(got[0]).containsExactly(vectorOf(texts.get(0), 8));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(1, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }
    try (EmbeddingCache c = EmbeddingCache.open(root, MODEL)) {
      long header = VectorLog.header(MODEL).remaining();
      assertThat(Files.size(vectorsFile(root, MODEL)))
          .isEqualTo(header + (long) c.size() * VectorLog.recordLength(8));
      assertThat(c.recoveredBytes()).isZero();
    }
  }

  @Test
  void anotherProcessAppendingAtTheSameTimeCorruptsNothing() throws Exception {
    int each = 2000;
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CacheWriterProcess.class.getName(),
                root.toString(),
                "child",
                String.valueOf(each))
            .redirectErrorStream(true)
            .start();
    var childOut =
        new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
    assertThat(childOut.readLine()).isEqualTo("ready");
    try (EmbeddingCache cache = EmbeddingCache.open(root, CacheWriterProcess.MODEL)) {
      CacheWriterProcess.write(cache, "parent", each);
    }
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String rest = childOut.lines().reduce("", (a, b) -> a + b + "\n");
    assertThat(child.exitValue()).as(rest).isZero();

    try (EmbeddingCache cache = EmbeddingCache.open(root, CacheWriterProcess.MODEL)) {
      assertThat(cache.size()).isEqualTo(2 * each + 50); // 50 texts both processes wrote
      assertThat(cache.recoveredBytes()).isZero();
      List<String> sample = List.of("parent " + (each - 1), "child 0", "both 49");
      float[][] got = cache.get(keys(sample));
      for (int i = 0; i < sample.size(); i++) {
        assertThat(got[i]).containsExactly(vectorOf(sample.get(i), 8));
      }
    }
    // The writers really overlapped: the file switches between their records more than once.
    assertThat(writerSwitches(vectorsFile(root, MODEL), each)).isGreaterThan(2);
  }

  private static int writerSwitches(Path file, int each) throws IOException {
    java.util.Set<String> parent = new java.util.HashSet<>();
    java.util.Set<String> child = new java.util.HashSet<>();
    for (int i = 0; i < each; i++) {
      parent.add(ContentHash.hex(EmbeddingCache.keyOf("parent " + i)));
      child.add(ContentHash.hex(EmbeddingCache.keyOf("child " + i)));
    }
    byte[] bytes = Files.readAllBytes(file);
    int header = VectorLog.header(MODEL).remaining();
    int record = VectorLog.recordLength(8);
    int switches = 0;
    Boolean last = null;
    for (int at = header; at + record <= bytes.length; at += record) {
      String hash = ContentHash.hex(java.util.Arrays.copyOfRange(bytes, at, at + 32));
      if (!parent.contains(hash) && !child.contains(hash)) {
        continue; // a shared "both" text: either writer's
      }
      boolean isParent = parent.contains(hash);
      if (last != null && last != isParent) {
        switches++;
      }
      last = isParent;
    }
    System.out.println("cross-process test: writers alternated " + switches + " times");
    return switches;
  }
}
