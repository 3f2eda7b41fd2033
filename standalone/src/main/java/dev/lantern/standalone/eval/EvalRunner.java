package dev.lantern.standalone.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.Location;
import dev.lantern.core.model.SourceFile;
import dev.lantern.core.progress.ProgressListener;
import dev.lantern.indexer.pipeline.BuildResult;
import dev.lantern.indexer.pipeline.IndexBuilder;
import dev.lantern.query.retrieve.FileHit;
import dev.lantern.query.retrieve.HybridRetriever;
import dev.lantern.query.retrieve.Retrieval;
import dev.lantern.query.retrieve.RetrievalOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs evaluation cases: for each repository and commit, exports the tree from the bare mirror,
 * indexes it with the product's own pipeline, asks each question and scores the result. The tree
 * and index are deleted after each commit; embeddings stay in the shared cache, so each distinct
 * chunk is embedded once across all commits.
 */
public final class EvalRunner {
  /** Writes the tree of {@code commit} from a bare repository into {@code target}. */
  @FunctionalInterface
  public interface TreeExporter {
    void export(Path gitDir, String commit, Path target);
  }

  private final TreeExporter exporter;
  private final Function<Path, List<SourceFile>> selector;
  private final Function<Function<SourceFile, List<Chunk>>, IndexBuilder> builders;
  private final Function<SourceFile, List<Chunk>> chunker;
  private final Function<OpenIndex, HybridRetriever> retrievers;
  private final Function<Path, dev.lantern.core.index.VectorIndex> vectorLoader;
  private final IndexStore store;
  private final Path workDir;
  private final PrintStream log;
  private PrintStream details;
  private PrintStream dump;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * Writes one JSON line per case to {@code out}: the question, its gold files, and the top 100
   * files with each one's evidence (ranks per candidate list, role), so that fusion and role
   * weights can be studied offline without re-running retrieval.
   */
  public EvalRunner withDump(PrintStream out) {
    this.dump = out;
    return this;
  }

  /** Writes one line per case (gold files, reciprocal rank, top files) to {@code out}. */
  public EvalRunner withDetails(PrintStream out) {
    this.details = out;
    return this;
  }

  /**
   * @param builders makes an index builder around a (memoising) chunker
   * @param retrievers makes a retriever for an opened index (with the embedder when configured)
   */
  public EvalRunner(
      TreeExporter exporter,
      Function<Path, List<SourceFile>> selector,
      Function<SourceFile, List<Chunk>> chunker,
      Function<Function<SourceFile, List<Chunk>>, IndexBuilder> builders,
      Function<OpenIndex, HybridRetriever> retrievers,
      Function<Path, dev.lantern.core.index.VectorIndex> vectorLoader,
      IndexStore store,
      Path workDir,
      PrintStream log) {
    this.exporter = exporter;
    this.selector = selector;
    this.chunker = chunker;
    this.builders = builders;
    this.retrievers = retrievers;
    this.vectorLoader = vectorLoader;
    this.store = store;
    this.workDir = workDir;
    this.log = log;
  }

  public EvalReport run(List<EvalCase> cases, Path reposDir) {
    Map<String, Map<String, List<EvalCase>>> byRepo = new TreeMap<>();
    for (EvalCase c : cases) {
      byRepo
          .computeIfAbsent(c.repo(), r -> new LinkedHashMap<>())
          .computeIfAbsent(c.commit(), k -> new ArrayList<>())
          .add(c);
    }
    List<CaseResult> results = new ArrayList<>();
    int unscorable = 0;
    int done = 0;
    for (Map.Entry<String, Map<String, List<EvalCase>>> repo : byRepo.entrySet()) {
      Path gitDir = RepoDirs.locate(reposDir, repo.getKey());
      // Files repeat across commits: chunk each distinct (path, content) once per repository.
      Map<String, List<Chunk>> chunkMemo = new java.util.concurrent.ConcurrentHashMap<>();
      Function<SourceFile, List<Chunk>> memo =
          f ->
              chunkMemo.computeIfAbsent(
                  f.path() + '\0' + f.text().hashCode() + '\0' + f.text().length(),
                  k -> chunker.apply(f));
      IndexBuilder builder = builders.apply(memo);
      String codebase = "eval-" + repo.getKey().replace('/', '_');
      for (Map.Entry<String, List<EvalCase>> commit : repo.getValue().entrySet()) {
        Path tree = workDir.resolve(codebase + "-" + commit.getKey());
        IndexStore.deleteTree(tree);
        long t0 = System.nanoTime();
        exporter.export(gitDir, commit.getKey(), tree);
        List<SourceFile> files = selector.apply(tree);
        BuildResult built =
            builder.build(codebase, repo.getKey(), commit.getKey(), files, ProgressListener.none());
        long t1 = System.nanoTime();
        try (OpenIndex index = OpenIndex.open(store, built.versionDir(), vectorLoader)) {
          Set<String> indexed = new HashSet<>(index.lexical().paths());
          HybridRetriever retriever = retrievers.apply(index);
          for (EvalCase c : commit.getValue()) {
            long q0 = System.nanoTime();
            Retrieval r =
                retriever.retrieve(
                    c.question(), new RetrievalOptions(10, dump == null ? 20 : 300, 3));
            double millis = (System.nanoTime() - q0) / 1e6;
            List<String> ranked = r.files().stream().limit(20).map(FileHit::path).toList();
            CaseResult result = CaseResult.score(c, indexed, ranked, r.locations(), millis);
            if (details != null) {
              details.printf(
                  Locale.ROOT,
                  "%s gold=%s rr=%.3f top=%s%n",
                  c.id(),
                  result.gold(),
                  result.reciprocalRank(),
                  ranked.subList(0, Math.min(10, ranked.size())));
            }
            if (dump != null) {
              writeDump(c, result, r);
            }
            if (result.gold().isEmpty()) {
              unscorable++;
            } else {
              results.add(result);
            }
          }
        } finally {
          IndexStore.deleteTree(tree);
        }
        done += commit.getValue().size();
        EvalReport sofar = new EvalReport(results, unscorable);
        log.printf(
            Locale.ROOT,
            "[%d/%d] %s@%.10s: %,d files, %,d chunks (%,d embedded) in %.1fs | so far Acc@5 %.3f MRR %.3f%n",
            done,
            cases.size(),
            repo.getKey(),
            commit.getKey(),
            files.size(),
            built.manifest().chunks(),
            built.chunksEmbedded(),
            (t1 - t0) / 1e9,
            sofar.overall().acc5(),
            sofar.overall().mrr());
      }
      store.delete(codebase);
    }
    return new EvalReport(results, unscorable);
  }

  private void writeDump(EvalCase c, CaseResult result, Retrieval r) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", c.id());
    line.put("repo", c.repo());
    line.put("language", c.language());
    line.put("question", c.question());
    line.put("gold", result.gold());
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileHit f : r.files()) {
      FileHit.Evidence e = f.evidence();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", f.path());
      m.put("score", f.score());
      m.put(
          "ranks",
          List.of(
              e.fileBm25(),
              e.chunkBm25(),
              e.vector(),
              e.symbol(),
              e.path(),
              e.phrase(),
              e.callers(),
              e.callees()));
      m.put("role", e.role().name());
      files.add(m);
    }
    line.put("files", files);
    List<Map<String, Object>> spans = new ArrayList<>();
    for (Location l : r.locations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", l.path());
      m.put("start", l.startLine());
      m.put("end", l.endLine());
      m.put("symbol", l.symbol());
      m.put("kind", l.kind());
      m.put("score", l.score());
      spans.add(m);
    }
    line.put("spans", spans);
    try {
      dump.println(json.writeValueAsString(line));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean exists(Path p) {
    return Files.exists(p);
  }
}
