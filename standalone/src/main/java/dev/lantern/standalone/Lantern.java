package dev.lantern.standalone;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.embed.Embedder;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexManifest;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.VectorIndex;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import dev.lantern.core.progress.ProgressListener;
import dev.lantern.indexer.pipeline.BuildResult;
import dev.lantern.indexer.pipeline.IndexBuilder;
import dev.lantern.query.retrieve.HybridRetriever;
import dev.lantern.query.retrieve.RetrievalWeights;
import dev.lantern.query.service.QuestionService;
import dev.lantern.standalone.eval.EvalCase;
import dev.lantern.standalone.eval.EvalReport;
import dev.lantern.standalone.eval.EvalRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The standalone composition root: constructs the indexer's and query worker's parts with local
 * adapters (a data directory for indexes and the embedding cache) and offers the operations the CLI
 * exposes. The embedding model is loaded on first use.
 */
public final class Lantern implements AutoCloseable {
  private final LanternConfig config;
  private final IndexStore store;
  private final Components components;
  private final ExecutorService chunkPool;

  public Lantern(LanternConfig config) {
    this.config = config;
    this.store = new IndexStore(config.indexDir());
    this.components = new Components(config);
    this.chunkPool =
        Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), named("lantern-chunk"));
  }

  public LanternConfig config() {
    return config;
  }

  public IndexStore store() {
    return store;
  }

  Components components() {
    return components;
  }

  /** What {@code index --dry-run} prints: what would be indexed and what is skipped, by reason. */
  public String dryRun(String location, Optional<String> ref) {
    return components.withFetched(location, ref, tree -> components.select(tree.root()).report());
  }

  /** Selection only, for the benchmark. */
  public List<SourceFile> selectForBench(Path root) {
    return components.select(root).files();
  }

  /** Chunking only, for the benchmark. */
  public List<Chunk> chunkForBench(SourceFile file) {
    return components.chunk(file);
  }

  /** Fetches, filters and indexes a codebase; re-indexing a name replaces its live version. */
  public BuildResult index(
      String location,
      Optional<String> ref,
      Optional<String> name,
      ProgressListener progress,
      PrintStream notes) {
    return components.withFetched(
        location,
        ref,
        tree -> {
          String codebase =
              IndexStore.checkName(name.orElse(Components.defaultName(tree.displayName())));
          Components.Selected selected = components.select(tree.root());
          if (selected.files().isEmpty()) {
            throw new LanternException(
                ErrorCode.EMPTY_SOURCE,
                "nothing to index in "
                    + location
                    + ": no source files were found.\n"
                    + selected.report());
          }
          notes.print(selected.summary());
          return builder(components::chunk)
              .build(
                  codebase,
                  Components.redact(location),
                  tree.revision(),
                  selected.files(),
                  progress);
        });
  }

  /** Builds an index from files already selected (bench and tests use this). */
  public BuildResult indexFiles(
      String codebase, String source, List<SourceFile> files, ProgressListener progress) {
    return builder(components::chunk).build(codebase, source, "", files, progress);
  }

  IndexBuilder builder(Function<SourceFile, List<Chunk>> chunker) {
    Optional<Embedder> embedder =
        config.embeddings() ? Optional.of(components.indexingEmbedder()) : Optional.empty();
    return new IndexBuilder(
        store,
        chunker,
        embedder,
        components::embeddedCount,
        components::createVectors,
        components.vectorsUnavailable(),
        chunkPool);
  }

  /** Opens the live version of a codebase. */
  public OpenIndex open(String codebase) {
    Path dir =
        store
            .current(codebase)
            .orElseThrow(
                () ->
                    new LanternException(
                        ErrorCode.NOT_FOUND,
                        "no codebase named '"
                            + codebase
                            + "'; index it first with: lantern index <dir|zip|git-url> --name "
                            + codebase));
    return OpenIndex.open(store, dir, components::loadVectors);
  }

  public HybridRetriever retriever(OpenIndex index) {
    boolean vectors = index.vectors().isPresent();
    return new HybridRetriever(
        index,
        vectors ? Optional.of(components.queryEmbedder()) : Optional.empty(),
        RetrievalWeights.parse(System.getProperty("lantern.weights")));
  }

  /** Answers questions about an open index with the extractive answerer (no chat model). */
  public QuestionService extractiveQuestions(OpenIndex index) {
    return components.extractiveAnswers(index, retriever(index));
  }

  /** Answers a question, emitting events as they happen. */
  public void ask(String codebase, String question, int k, Consumer<AnswerEvent> sink) {
    try (OpenIndex index = open(codebase)) {
      components.answers(index, retriever(index)).ask(question, k, sink);
    }
  }

  public List<IndexManifest> list() {
    List<IndexManifest> out = new ArrayList<>();
    for (String name : store.codebases()) {
      store.current(name).ifPresent(dir -> out.add(store.readManifest(dir)));
    }
    return out;
  }

  /**
   * Whether indexes built here get vectors: "on", or "off" with the reason (embeddings turned off
   * by configuration, or FAISS's native library missing).
   */
  public String semanticStatus() {
    if (!config.embeddings()) {
      return "off (embeddings disabled by configuration)";
    }
    String unavailable = components.vectorsUnavailable();
    return unavailable.isEmpty() ? "on" : "off (" + unavailable + ")";
  }

  public boolean delete(String codebase) {
    return store.delete(codebase);
  }

  public EvalReport eval(List<EvalCase> cases, Path repos, PrintStream log) {
    IndexStore evalStore = new IndexStore(config.dataDir().resolve("eval-indexes"));
    EvalRunner runner =
        new EvalRunner(
            components::exportCommit,
            dir -> components.select(dir).files(),
            components::chunk,
            chunker ->
                new IndexBuilder(
                    evalStore,
                    chunker,
                    config.embeddings()
                        ? Optional.of(components.indexingEmbedder())
                        : Optional.empty(),
                    components::embeddedCount,
                    components::createVectors,
                    components.vectorsUnavailable(),
                    chunkPool),
            this::retriever,
            components::loadVectors,
            evalStore,
            config.workDir().resolve("eval"),
            log);
    // Optional per-case outputs for studying results (docs/eval/README.md).
    PrintStream details = propertyFile("lantern.eval.details");
    PrintStream dump = propertyFile("lantern.eval.dump");
    try {
      if (details != null) {
        runner.withDetails(details);
      }
      if (dump != null) {
        runner.withDump(dump);
      }
      return runner.run(cases, repos);
    } finally {
      if (details != null) {
        details.close();
      }
      if (dump != null) {
        dump.close();
      }
    }
  }

  /** A UTF-8 stream to the file a system property names, or null when the property is unset. */
  private static PrintStream propertyFile(String property) {
    String file = System.getProperty(property);
    if (file == null) {
      return null;
    }
    try {
      return new PrintStream(
          java.nio.file.Files.newOutputStream(Path.of(file)),
          true,
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file + " (" + property + ")", e);
    }
  }

  VectorIndex loadVectors(Path file) {
    return components.loadVectors(file);
  }

  static ThreadFactory named(String pool) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    chunkPool.shutdownNow();
    components.close();
  }
}
