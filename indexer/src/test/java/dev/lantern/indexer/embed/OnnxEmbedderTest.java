package dev.lantern.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lantern.core.embed.ModelIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {
  private static final long SEED = 20261123L;

  /** Short, medium and longer-than-the-window texts, so batches need padding and truncation. */
  static List<String> mixedTexts() {
    String longText =
        "public final class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E> {\n"
            .repeat(12);
    return List.of(
        "x",
        "read a file from disk",
        "HTTP retry with backoff",
        "/** Returns the number of elements in this list. */ public int size() { return size; }",
        longText,
        "load file contents",
        "Map<String, List<Integer>> index = new HashMap<>(); index.computeIfAbsent(k, x -> new"
            + " ArrayList<>()).add(i);",
        "",
        longText.substring(0, 300));
  }

  @Test
  void identityNamesTheBundledModelWithItsHashAndDimensions() throws Exception {
    ModelIdentity id = SharedModel.bundled().identity();
    assertThat(id.name()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(id.dimensions()).isEqualTo(384);
    Path unpacked;
    try (Stream<Path> dirs = Files.list(SharedModel.dataDir().resolve("models"))) {
      unpacked = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    assertThat(id.sha256()).isEqualTo(ContentHash.hexOfFile(unpacked.resolve("model.onnx")));
  }

  @Test
  void vectorsHaveTheModelDimensionAndUnitLength() {
    float[][] vectors = SharedModel.bundled().embed(mixedTexts());
    assertThat(vectors.length).isEqualTo(mixedTexts().size());
    for (float[] v : vectors) {
      assertThat(v).hasSize(384);
      assertThat(SharedModel.dot(v, v)).isCloseTo(1.0, within(1e-5));
    }
  }

  @Test
  void theDefaultBatchOfOneEqualsOneAtATimeExactly() {
    OnnxEmbedder embedder = SharedModel.bundled();
    assertThat(embedder.config().batchSize()).isEqualTo(1);
    List<String> texts = mixedTexts();
    float[][] together = embedder.embed(texts);
    for (int i = 0; i < texts.size(); i++) {
      float[] alone = embedder.embed(List.of(texts.get(i)))[0];
      assertThat(together[i]).as("text %d", i).containsExactly(alone);
    }
  }

  /**
   * One padded batch holding every text. The bundled model quantizes activations with one scale per
   * tensor, i.e. per batch, so rows cannot match the lone vectors to 1e-4: measured cosines are
   * 0.966-0.998 (the lowest for the empty and one-letter texts beside 128-token ones). Masking bugs
   * are far outside that: with pads attended, or pooled, padded rows fell to 0.35-0.87. Hence 0.95.
   */
  @Test
  void paddedBatchMatchesOneAtATimeWithinQuantizationNoise() {
    OnnxModelConfig oneBatch =
        OnnxModelConfig.bundled(SharedModel.dataDir()).withBatchSize(64).withThreads(1, 1);
    List<String> texts = mixedTexts();
    try (OnnxEmbedder batchedEmbedder = OnnxEmbedder.open(oneBatch)) {
      float[][] batched = batchedEmbedder.embed(texts);
      for (int i = 0; i < texts.size(); i++) {
        float[] alone = SharedModel.bundled().embed(List.of(texts.get(i)))[0];
        assertThat(SharedModel.dot(batched[i], alone)).as("text %d", i).isGreaterThan(0.95);
      }
      // Without padding and with identical rows the batch's scale is the lone text's: exact.
      String text = texts.get(3);
      float[] alone = SharedModel.bundled().embed(List.of(text))[0];
      for (float[] row : batchedEmbedder.embed(List.of(text, text, text))) {
        for (int d = 0; d < alone.length; d++) {
          assertThat(row[d]).as("dim %d", d).isCloseTo(alone[d], within(1e-6f));
        }
      }
    }
  }

  @Test
  void closeMeaningsScoreHigherThanUnrelatedOnes() {
    float[][] v =
        SharedModel.bundled()
            .embed(
                List.of("read a file from disk", "load file contents", "HTTP retry with backoff"));
    double close = SharedModel.dot(v[0], v[1]);
    double unrelated = SharedModel.dot(v[0], v[2]);
    assertThat(close).isGreaterThan(unrelated + 0.2);
  }

  @Test
  void orderIsPreservedAcrossManyBatchesOfMixedLengths() {
    OnnxEmbedder embedder = SharedModel.bundled();
    List<String> texts = new ArrayList<>();
    Random random = new Random(SEED);
    for (int i = 0; i < 3 * embedder.config().batchSize() + 5; i++) {
      texts.add("item " + i + " " + "word ".repeat(random.nextInt(60)));
    }
    Collections.shuffle(texts, random);
    float[][] batched = embedder.embed(texts);
    for (int i = 0; i < texts.size(); i += 7) {
      float[] alone = embedder.embed(List.of(texts.get(i)))[0];
      assertThat(SharedModel.dot(batched[i], alone))
          .as("seed %d, text %d", SEED, i)
          .isGreaterThan(0.9999);
    }
  }

  @Test
  void concurrentCallersGetTheirOwnResults() throws Exception {
    OnnxEmbedder embedder = SharedModel.bundled();
    List<String> texts = mixedTexts();
    float[][] expected = embedder.embed(texts);
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Callable<float[][]>> calls = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        List<String> rotated = new ArrayList<>(texts);
        Collections.rotate(rotated, c);
        int shift = c;
        calls.add(
            () -> {
              float[][] got = embedder.embed(rotated);
              float[][] back = new float[got.length][];
              for (int i = 0; i < got.length; i++) {
                back[(i - shift + got.length) % got.length] = got[i];
              }
              return back;
            });
      }
      for (Future<float[][]> f : callers.invokeAll(calls)) {
        float[][] got = f.get();
        for (int i = 0; i < got.length; i++) {
          assertThat(SharedModel.dot(got[i], expected[i])).isGreaterThan(0.9999);
        }
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void batchesRunOnNamedPoolThreads() {
    SharedModel.bundled().embed(mixedTexts());
    assertThat(Thread.getAllStackTraces().keySet())
        .anyMatch(t -> t.getName().startsWith("lantern-embed-"));
  }

  @Test
  void emptyInputGivesNoVectors() {
    assertThat(SharedModel.bundled().embed(List.of())).isEmpty();
  }

  @Test
  void nullTextIsRefused() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> SharedModel.bundled().embed(withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void djlIsOfflineAndUntracked() {
    SharedModel.bundled();
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
  }

  @Test
  void theBundledModelIsUnpackedOnceByContentHash() throws Exception {
    Path models = SharedModel.dataDir().resolve("models");
    try (OnnxEmbedder again =
        OnnxEmbedder.open(OnnxModelConfig.bundled(SharedModel.dataDir()).withThreads(1, 1))) {
      assertThat(again.identity()).isEqualTo(SharedModel.bundled().identity());
    }
    try (Stream<Path> entries = Files.list(models)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .singleElement()
          .satisfies(n -> assertThat(n).matches("all-minilm-l6-v2-q-[0-9a-f]{16}"));
    }
  }

  @Test
  void aModelDirectoryLoadsByConfigurationAndAnotherWindowIsAnotherIdentity() throws Exception {
    Path unpacked;
    try (Stream<Path> dirs = Files.list(SharedModel.dataDir().resolve("models"))) {
      unpacked = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    OnnxModelConfig config =
        OnnxModelConfig.directory(unpacked).withName("minilm").withNativeMaxTokens(128);
    String text = "read a file from disk";
    try (OnnxEmbedder dir = OnnxEmbedder.open(config.withThreads(1, 1));
        OnnxEmbedder wide = OnnxEmbedder.open(config.withMaxTokens(256).withThreads(1, 1))) {
      assertThat(dir.identity().name()).isEqualTo("minilm");
      assertThat(dir.identity().sha256()).isEqualTo(SharedModel.bundled().identity().sha256());
      float[] a = dir.embed(List.of(text))[0];
      float[] b = SharedModel.bundled().embed(List.of(text))[0];
      assertThat(SharedModel.dot(a, b)).isGreaterThan(0.9999);
      assertThat(wide.identity().name()).isEqualTo("minilm@256t");
    }
  }

  @Test
  void aDirectoryWithoutTheModelFilesIsRefusedReadably(
      @org.junit.jupiter.api.io.TempDir Path empty) {
    assertThatThrownBy(() -> OnnxModelConfig.directory(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model.onnx and tokenizer.json");
  }
}
