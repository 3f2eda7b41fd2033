package dev.lantern.indexer.embed;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import dev.lantern.core.embed.Embedder;
import dev.lantern.core.embed.ModelIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A sentence-embedding ONNX model run in-process by DJL on the ONNX Runtime engine; the default for
 * ingestion and for embedding questions. Open once per process and share: loading takes about a
 * second, and {@link #embed} is thread-safe.
 *
 * <p>Threading: each call sorts its texts by length (so a batch pads little), cuts them into
 * batches of {@link OnnxModelConfig#batchSize()} and runs the batches on the {@code
 * lantern-embed-N} pool, {@link OnnxModelConfig#workers()} at a time, one DJL predictor per worker
 * (predictors are not thread-safe; the ONNX Runtime session they share is).
 *
 * <p>With the default batch size of 1 a text's vector does not depend on the other texts in the
 * call; with larger batches of a dynamically quantized model it shifts slightly (see {@link
 * OnnxModelConfig}).
 */
public final class OnnxEmbedder implements Embedder {
  private static final System.Logger LOG = System.getLogger(OnnxEmbedder.class.getName());

  private final OnnxModelConfig config;
  private final HuggingFaceTokenizer tokenizer;
  private final ZooModel<NDList, NDList> model;
  private final BlockingQueue<Predictor<String[], float[][]>> predictors;
  private final ExecutorService pool;
  private final ModelIdentity identity;
  private volatile boolean closed;

  private OnnxEmbedder(OnnxModelConfig config, Path dir, String onnxSha256) throws IOException {
    this.config = config;
    this.tokenizer =
        HuggingFaceTokenizer.newInstance(
            dir.resolve("tokenizer.json"),
            Map.of(
                "maxLength",
                String.valueOf(config.maxTokens()),
                "modelMaxLength",
                String.valueOf(config.maxTokens()),
                "truncation",
                "true",
                "padding",
                "true"));
    try {
      this.model = loadModel(config, dir);
    } catch (IOException | RuntimeException e) {
      tokenizer.close();
      throw e;
    }
    this.predictors = new ArrayBlockingQueue<>(config.workers());
    this.pool = Executors.newFixedThreadPool(config.workers(), new NamedThreads("lantern-embed"));
    try {
      // Inspect the model's inputs: BERT exports take token_type_ids, many others do not.
      boolean tokenTypeIds = model.describeInput().keys().contains("token_type_ids");
      var translator = new SentenceEmbeddingTranslator(tokenizer, tokenTypeIds, config.pooling());
      for (int i = 0; i < config.workers(); i++) {
        predictors.add(model.newPredictor(translator));
      }
      int dims = embed(List.of("dimension probe"))[0].length;
      this.identity = new ModelIdentity(config.identityName(), onnxSha256, dims);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Opens the bundled all-MiniLM-L6-v2 with the measured defaults; see {@link OnnxModelConfig}. */
  public static OnnxEmbedder openBundled(Path dataDir) {
    return open(OnnxModelConfig.bundled(dataDir));
  }

  /**
   * Loads the configured model. Nothing is downloaded: DJL is put in offline mode first and the
   * model is loaded by path.
   *
   * @throws UncheckedIOException if the model or tokenizer cannot be read
   * @throws IllegalArgumentException if the files are not a usable ONNX model
   */
  public static OnnxEmbedder open(OnnxModelConfig config) {
    DjlOffline.enforce(config.dataDir());
    if (config.dataDir() != null) {
      OrtNatives.prepare(config.dataDir());
    }
    long start = System.nanoTime();
    try {
      Path dir;
      String sha;
      if (config.modelDir() == null) {
        BundledModel.Unpacked unpacked = BundledModel.unpack(config.dataDir());
        dir = unpacked.dir();
        sha = unpacked.onnxSha256();
      } else {
        dir = config.modelDir();
        sha = ContentHash.hexOfFile(dir.resolve("model.onnx"));
      }
      OnnxEmbedder embedder = new OnnxEmbedder(config, dir, sha);
      LOG.log(
          System.Logger.Level.INFO,
          "embedding model {0} loaded from {1} in {2} ms",
          embedder.identity,
          dir,
          (System.nanoTime() - start) / 1_000_000);
      return embedder;
    } catch (IOException e) {
      throw new UncheckedIOException("could not load embedding model " + config.name(), e);
    }
  }

  private static ZooModel<NDList, NDList> loadModel(OnnxModelConfig config, Path dir)
      throws IOException {
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(dir)
            .optModelName("model")
            .optEngine("OnnxRuntime")
            .optDevice("gpu".equals(config.device()) ? Device.gpu() : Device.cpu())
            .optOption("intraOpNumThreads", String.valueOf(config.intraOpThreads()))
            .optOption("interOpNumThreads", "1")
            .build();
    try {
      return criteria.loadModel();
    } catch (ModelNotFoundException | MalformedModelException e) {
      throw new IllegalArgumentException(
          "no usable ONNX model in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ModelIdentity identity() {
    return identity;
  }

  /** The configuration this embedder runs with. */
  public OnnxModelConfig config() {
    return config;
  }

  @Override
  public float[][] embed(List<String> texts) {
    if (closed) {
      throw new IllegalStateException("embedder " + config.name() + " is closed");
    }
    int n = texts.size();
    texts.forEach(t -> Objects.requireNonNull(t, "texts must not contain null"));
    // 1. Longest first so similar lengths share a batch and padding stays small.
    int[] order =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed())
            .mapToInt(Integer::intValue)
            .toArray();
    // 2. One task per padded batch; the pool runs `workers` of them at a time.
    List<Future<float[][]>> futures = new ArrayList<>();
    for (int from = 0; from < n; from += config.batchSize()) {
      int to = Math.min(n, from + config.batchSize());
      String[] batch = new String[to - from];
      for (int k = from; k < to; k++) {
        batch[k - from] = texts.get(order[k]);
      }
      futures.add(pool.submit(() -> runBatch(batch)));
    }
    // 3. Back into the caller's order.
    float[][] result = new float[n][];
    int k = 0;
    for (Future<float[][]> f : futures) {
      for (float[] v : await(f)) {
        result[order[k++]] = v;
      }
    }
    return result;
  }

  private float[][] runBatch(String[] batch) throws InterruptedException, TranslateException {
    Predictor<String[], float[][]> predictor = predictors.take();
    try {
      return predictor.predict(batch);
    } finally {
      predictors.add(predictor);
    }
  }

  private static float[][] await(Future<float[][]> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "embedding failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    predictors.forEach(Predictor::close);
    model.close();
    tokenizer.close();
  }

  /** Names pool threads {@code <prefix>-1..N}, daemon so a forgotten close never blocks exit. */
  private static final class NamedThreads implements java.util.concurrent.ThreadFactory {
    private final String prefix;
    private final AtomicInteger next = new AtomicInteger(1);

    NamedThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, prefix + "-" + next.getAndIncrement());
      t.setDaemon(true);
      return t;
    }
  }
}
