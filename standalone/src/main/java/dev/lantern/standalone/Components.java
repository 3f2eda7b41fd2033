package dev.lantern.standalone;

import dev.lantern.core.answer.ChatModel;
import dev.lantern.core.embed.Embedder;
import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.VectorIndex;
import dev.lantern.core.index.faiss.Faiss;
import dev.lantern.core.index.faiss.FaissVectorIndex;
import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import dev.lantern.core.policy.ArchiveLimits;
import dev.lantern.core.policy.GitUrlPolicy;
import dev.lantern.indexer.chunk.ChunkerRegistry;
import dev.lantern.indexer.embed.CachingEmbedder;
import dev.lantern.indexer.embed.EmbeddingCache;
import dev.lantern.indexer.embed.OnnxEmbedder;
import dev.lantern.indexer.embed.OnnxModelConfig;
import dev.lantern.indexer.fetch.BareRepoExporter;
import dev.lantern.indexer.fetch.FetchedTree;
import dev.lantern.indexer.fetch.Fetcher;
import dev.lantern.indexer.fetch.GitCloner;
import dev.lantern.indexer.fetch.ZipExtractor;
import dev.lantern.indexer.filter.FileSelector;
import dev.lantern.indexer.filter.Selection;
import dev.lantern.query.answer.ExtractiveAnswerer;
import dev.lantern.query.answer.IndexCallers;
import dev.lantern.query.answer.IndexOverrides;
import dev.lantern.query.answer.LlmAnswerer;
import dev.lantern.query.answer.PlaceText;
import dev.lantern.query.answer.PromptBuilder;
import dev.lantern.query.model.ChatModelFactory;
import dev.lantern.query.model.ModelConfig;
import dev.lantern.query.retrieve.HybridRetriever;
import dev.lantern.query.retrieve.IndexCallees;
import dev.lantern.query.service.QuestionService;
import dev.lantern.query.service.SourceAnswerer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The implementations the standalone runtime uses for each step, created lazily: the embedding
 * model loads only when something needs vectors.
 */
final class Components implements AutoCloseable {
  private final LanternConfig config;
  private final ChunkerRegistry chunker = new ChunkerRegistry();
  private final FileSelector selector = new FileSelector();
  private OnnxEmbedder model;
  private CachingEmbedder indexing;

  Components(LanternConfig config) {
    this.config = config;
  }

  /**
   * The fetched tree of a source: its root, what to call it (a directory or archive name, a
   * repository's host and path) and the revision, if any.
   */
  record Fetched(Path root, String displayName, String revision) {}

  /** The selected files and the report, with a one-line summary for the CLI. */
  record Selected(List<SourceFile> files, String report, String summary) {}

  <T> T withFetched(String location, Optional<String> ref, Function<Fetched, T> body) {
    GitUrlPolicy policy =
        new GitUrlPolicy(config.gitAllowHttp(), config.gitHosts(), config.gitAllowPrivate());
    Fetcher fetcher =
        new Fetcher(
            new ZipExtractor(ArchiveLimits.defaults()),
            new GitCloner(policy, java.time.Duration.ofMinutes(10), config.gitToken()),
            config.workDir());
    FetchedTree tree = fetcher.fetch(location, ref);
    try {
      return body.apply(new Fetched(tree.root(), tree.displayName(), tree.revision()));
    } finally {
      tree.cleanup().run();
    }
  }

  Selected select(Path root) {
    Selection s = selector.select(root);
    return new Selected(s.files(), s.report().format(), "selected " + s.report().summary() + "\n");
  }

  List<Chunk> chunk(SourceFile file) {
    return chunker.chunk(file);
  }

  void exportCommit(Path gitDir, String commit, Path target) {
    new BareRepoExporter().export(gitDir, commit, target);
  }

  synchronized Embedder queryEmbedder() {
    if (model == null) {
      model =
          OnnxEmbedder.open(
              config
                  .embedModelDir()
                  .map(OnnxModelConfig::directory)
                  .orElseGet(() -> OnnxModelConfig.bundled(config.dataDir())));
    }
    return model;
  }

  synchronized Embedder indexingEmbedder() {
    if (indexing == null) {
      Embedder inner = queryEmbedder();
      indexing =
          new CachingEmbedder(
              inner, EmbeddingCache.open(config.dataDir().resolve("embeddings"), inner.identity()));
    }
    return indexing;
  }

  long embeddedCount() {
    return indexing == null ? 0 : indexing.embedded();
  }

  /** Why vectors cannot be built here (FAISS missing), or empty. */
  String vectorsUnavailable() {
    return Faiss.availability().reason();
  }

  VectorIndex createVectors(int dims, long expected) {
    return FaissVectorIndex.create(dims, expected);
  }

  VectorIndex loadVectors(Path file) {
    return FaissVectorIndex.load(file);
  }

  /** The question flow for one index: the configured model, or extractive answers. */
  QuestionService answers(OpenIndex index, HybridRetriever retriever) {
    Optional<ChatModel> model =
        ChatModelFactory.create(
            new ModelConfig(
                config.modelKind(),
                config.modelBaseUrl(),
                config.modelName(),
                config.modelApiKey(),
                java.time.Duration.ofSeconds(60)));
    LexicalIndex lexical = index.lexical();
    SourceAnswerer answerer =
        model
            .<SourceAnswerer>map(
                m ->
                    new LlmAnswerer(
                        m,
                        PromptBuilder.defaults(),
                        (path, start, end) ->
                            lexical.fileLines(path).map(n -> start >= 1 && end <= n).orElse(false),
                        List.of(),
                        new IndexCallees(lexical)::calleesOf,
                        new IndexOverrides(lexical)))
            .orElseGet(() -> extractive(lexical));
    return new QuestionService(retriever, answerer);
  }

  /** Questions answered without a chat model, as the embedded default does. */
  QuestionService extractiveAnswers(OpenIndex index, HybridRetriever retriever) {
    return new QuestionService(retriever, extractive(index.lexical()));
  }

  private static ExtractiveAnswerer extractive(LexicalIndex lexical) {
    return new ExtractiveAnswerer(
        new IndexCallers(lexical),
        new IndexCallees(lexical)::calleesOf,
        place ->
            lexical
                .fileText(place.path())
                .map(t -> PlaceText.lines(t, place.startLine(), place.endLine()))
                .orElse(place.snippet()),
        new IndexOverrides(lexical));
  }

  /**
   * A codebase name from what the source is called: "requests" for github.com/psf/requests,
   * "myproj" for myproj.zip or a directory myproj (never the work directory it was unpacked in).
   */
  static String defaultName(String displayName) {
    String base = displayName.replaceAll("[/]+$", "").replaceAll("\\.git$", "");
    base = base.substring(base.lastIndexOf('/') + 1);
    String name = base.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
    return name.isEmpty() ? "codebase" : name.length() > 100 ? name.substring(0, 100) : name;
  }

  /** A location fit for manifests and logs: user-info (credentials) removed from URLs. */
  static String redact(String location) {
    return location.replaceAll("://[^/@]+@", "://");
  }

  @Override
  public synchronized void close() {
    if (indexing != null) {
      indexing.close();
    } else if (model != null) {
      model.close();
    }
  }
}
