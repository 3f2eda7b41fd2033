package dev.lantern.indexer.pipeline;

import dev.lantern.core.embed.Embedder;
import dev.lantern.core.index.IndexManifest;
import dev.lantern.core.index.IndexManifest.VectorState;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.index.VectorIndex;
import dev.lantern.core.index.lexical.LexicalIndexWriter;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import dev.lantern.core.progress.ProgressListener;
import dev.lantern.core.progress.ProgressTracker;
import dev.lantern.core.progress.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one index version from selected files, in the steps of DESIGN §4: chunk, write the lexical
 * index and publish it (searchable), embed, persist vectors and republish (semantic). A failure
 * while embedding or persisting leaves the lexical index live and records why.
 */
public final class IndexBuilder {
  private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

  /** 256 texts per call: large enough for padded ONNX batches, small enough for a lively bar. */
  private static final int EMBED_BATCH = 256;

  private final IndexStore store;
  private final Function<SourceFile, List<Chunk>> chunker;
  private final Optional<Embedder> embedder;
  private final LongSupplier newEmbeddings;
  private final VectorIndexFactory vectors;
  private final String vectorsUnavailable;
  private final ExecutorService pool;

  /**
   * @param chunker splits one file into chunks; must be thread-safe
   * @param embedder the embedding model, or empty to build without vectors
   * @param newEmbeddings counts embeddings actually computed (not cached) so far, for reports
   * @param vectors creates the vector index
   * @param vectorsUnavailable non-empty when vectors cannot be built here (e.g. FAISS missing),
   *     saying why; the index is then lexical only
   * @param pool runs chunking; named threads (lantern-chunk-N), owned by the caller
   */
  public IndexBuilder(
      IndexStore store,
      Function<SourceFile, List<Chunk>> chunker,
      Optional<Embedder> embedder,
      LongSupplier newEmbeddings,
      VectorIndexFactory vectors,
      String vectorsUnavailable,
      ExecutorService pool) {
    this.store = store;
    this.chunker = chunker;
    this.embedder = embedder;
    this.newEmbeddings = newEmbeddings;
    this.vectors = vectors;
    this.vectorsUnavailable = vectorsUnavailable == null ? "" : vectorsUnavailable;
    this.pool = pool;
  }

  public BuildResult build(
      String codebase,
      String source,
      String revision,
      List<SourceFile> files,
      ProgressListener progress) {
    long start = System.nanoTime();
    Map<String, Long> stageMillis = new LinkedHashMap<>();
    Path version = store.newVersion(codebase);

    // 1. Chunk every file on the pool, keeping file order so ordinals are deterministic.
    long t = System.nanoTime();
    List<List<Chunk>> perFile = chunkAll(files, progress);
    stageMillis.put(Stage.CHUNK.label(), millisSince(t));

    // 2. Write the lexical index and publish: keyword search works from here on.
    t = System.nanoTime();
    List<Chunk> chunks = new ArrayList<>();
    long bytes = 0;
    ProgressTracker lexical = new ProgressTracker(progress, Stage.LEXICAL, files.size());
    lexical.start("writing the keyword index");
    try (LexicalIndexWriter writer =
        new LexicalIndexWriter(version.resolve(IndexStore.LEXICAL_DIR))) {
      for (int i = 0; i < files.size(); i++) {
        SourceFile file = files.get(i);
        writer.addFile(file, lineCount(file.text()));
        for (Chunk c : perFile.get(i)) {
          writer.addChunk(c);
          chunks.add(c);
        }
        bytes += file.sizeBytes();
        lexical.advance(1, "");
      }
      writer.commit();
    }
    stageMillis.put(Stage.LEXICAL.label(), millisSince(t));
    VectorState initial =
        embedder.isEmpty()
            ? VectorState.DISABLED
            : vectorsUnavailable.isEmpty() ? VectorState.PENDING : VectorState.UNAVAILABLE;
    IndexManifest manifest =
        new IndexManifest(
            IndexManifest.FORMAT_VERSION,
            codebase,
            source,
            revision == null ? "" : revision,
            Instant.now().toString(),
            files.size(),
            chunks.size(),
            bytes,
            initial,
            initial == VectorState.UNAVAILABLE ? vectorsUnavailable : "",
            null,
            stageMillis);
    store.writeManifest(version, manifest);
    store.publish(codebase, version);
    long toSearchable = millisSince(start);
    log.info(
        "{}: {} files, {} chunks searchable by keyword after {} ms",
        codebase,
        files.size(),
        chunks.size(),
        toSearchable);
    if (initial != VectorState.PENDING) {
      return new BuildResult(version, manifest, 0, toSearchable, -1);
    }

    // 3. Embed (cached by content) and 4. persist vectors, then republish the manifest.
    long before = newEmbeddings.getAsLong();
    try {
      t = System.nanoTime();
      float[][] embedded = embedAll(chunks, progress);
      stageMillis.put(Stage.EMBED.label(), millisSince(t));
      t = System.nanoTime();
      progress.onProgress(
          new dev.lantern.core.progress.Progress(
              Stage.PERSIST, 0, 1, Optional.empty(), "writing the vector index"));
      Embedder model = embedder.get();
      persistVectors(version, embedded, model.identity().dimensions());
      stageMillis.put(Stage.PERSIST.label(), millisSince(t));
      manifest =
          manifest
              .withVectors(VectorState.READY, "", model.identity())
              .withStageMillis(stageMillis);
    } catch (RuntimeException e) {
      log.warn("{}: semantic index failed; keyword search stays available", codebase, e);
      manifest =
          manifest
              .withVectors(
                  VectorState.UNAVAILABLE, "building embeddings failed: " + e.getMessage(), null)
              .withStageMillis(stageMillis);
    }
    store.writeManifest(version, manifest);
    long toSemantic = manifest.vectors() == VectorState.READY ? millisSince(start) : -1;
    progress.onProgress(
        new dev.lantern.core.progress.Progress(Stage.READY, 1, 1, Optional.empty(), "ready"));
    return new BuildResult(
        version, manifest, newEmbeddings.getAsLong() - before, toSearchable, toSemantic);
  }

  private List<List<Chunk>> chunkAll(List<SourceFile> files, ProgressListener progress) {
    ProgressTracker tracker = new ProgressTracker(progress, Stage.CHUNK, files.size());
    tracker.start("chunking " + files.size() + " files");
    List<Future<List<Chunk>>> futures = new ArrayList<>(files.size());
    for (SourceFile file : files) {
      futures.add(
          pool.submit(
              () -> {
                List<Chunk> c = chunker.apply(file);
                tracker.advance(1, file.path());
                return c;
              }));
    }
    List<List<Chunk>> out = new ArrayList<>(files.size());
    try {
      for (Future<List<Chunk>> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while chunking", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "chunking failed: " + e.getCause().getMessage(), e.getCause());
    }
    return out;
  }

  private float[][] embedAll(List<Chunk> chunks, ProgressListener progress) {
    Embedder model = embedder.orElseThrow();
    ProgressTracker tracker = new ProgressTracker(progress, Stage.EMBED, chunks.size());
    tracker.start("embedding " + chunks.size() + " chunks");
    float[][] out = new float[chunks.size()][];
    for (int from = 0; from < chunks.size(); from += EMBED_BATCH) {
      int to = Math.min(chunks.size(), from + EMBED_BATCH);
      List<String> texts = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        texts.add(EmbeddingText.of(chunks.get(i)));
      }
      float[][] vectors = model.embed(texts);
      System.arraycopy(vectors, 0, out, from, vectors.length);
      tracker.advance(to - from, "");
    }
    return out;
  }

  private void persistVectors(Path version, float[][] embedded, int dims) {
    Path tmp = version.resolve(IndexStore.VECTORS_FILE + ".tmp");
    try (VectorIndex index = vectors.create(dims, embedded.length)) {
      long[] ids = new long[embedded.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = i;
      }
      if (embedded.length > 0) {
        index.add(ids, embedded);
      }
      index.save(tmp);
    }
    try {
      Files.move(tmp, version.resolve(IndexStore.VECTORS_FILE), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int lineCount(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        lines++;
      }
    }
    return lines;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
