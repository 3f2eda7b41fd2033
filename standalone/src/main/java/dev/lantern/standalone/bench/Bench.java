package dev.lantern.standalone.bench;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.SourceFile;
import dev.lantern.indexer.pipeline.BuildResult;
import dev.lantern.query.retrieve.HybridRetriever;
import dev.lantern.query.retrieve.Retrieval;
import dev.lantern.query.retrieve.RetrievalOptions;
import dev.lantern.query.service.QuestionService;
import dev.lantern.standalone.Lantern;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Measures Lantern on the {@code java.base} module of a JDK's {@code lib/src.zip}: fetch+chunk
 * throughput, embedding throughput, time to searchable and to semantic, peak memory, index size
 * relative to source size, and query latency percentiles by stage.
 */
public final class Bench {
  private static final String MODULE = "java.base/";
  private final Lantern lantern;
  private final PrintStream out;

  public Bench(Lantern lantern, PrintStream out) {
    this.lantern = lantern;
    this.out = out;
  }

  /** The src.zip of the running JDK, or of a Temurin 25 beside it (Debian's 17 ships none). */
  public static Path defaultSrcZip() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of(System.getProperty("java.home"), "lib", "src.zip"));
    try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
      jvms.sorted(java.util.Comparator.reverseOrder())
          .forEach(j -> candidates.add(j.resolve("lib/src.zip")));
    } catch (IOException e) {
      // no /usr/lib/jvm: only java.home is a candidate
    }
    return candidates.stream()
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow(
            () ->
                new LanternException(
                    ErrorCode.NOT_FOUND,
                    "no JDK src.zip found (looked in " + candidates + "); pass --src-zip PATH"));
  }

  public void run(Path srcZip, int queries) {
    Path work = lantern.config().workDir().resolve("bench");
    IndexStore.deleteTree(work);
    try {
      out.printf("corpus: %s (%s)%n", srcZip, MODULE);
      // 1. Unpack java.base (setup, not timed: a local directory is then the source).
      Path tree = work.resolve("src");
      long sourceBytes = unpack(srcZip, tree);

      // 2. Fetch (select) + chunk, timed on their own.
      long t0 = System.nanoTime();
      var selected = lantern.selectForBench(tree);
      long t1 = System.nanoTime();
      long chunks = 0;
      for (SourceFile f : selected) {
        chunks += lantern.chunkForBench(f).size();
      }
      long t2 = System.nanoTime();
      double selectS = (t1 - t0) / 1e9, chunkS = (t2 - t1) / 1e9, fc = selectS + chunkS;
      out.printf(
          Locale.ROOT,
          "fetch+chunk: %,d files, %.1f MB, %,d chunks in %.1fs (select %.1fs, chunk %.1fs on one thread)%n",
          selected.size(),
          sourceBytes / 1e6,
          chunks,
          fc,
          selectS,
          chunkS);
      out.printf(
          Locale.ROOT,
          "  %.0f files/s, %.2f MB/s, %.0f chunks/s%n",
          selected.size() / fc,
          sourceBytes / 1e6 / fc,
          chunks / fc);

      // 3. Full index build: time to searchable and to semantic.
      lantern.delete("bench-java-base");
      MemoryWatch memory = MemoryWatch.start();
      long b0 = System.nanoTime();
      List<SourceFile> files = lantern.selectForBench(tree);
      long selectMs = (System.nanoTime() - b0) / 1_000_000;
      BuildResult built =
          lantern.indexFiles("bench-java-base", srcZip + "!" + MODULE, files, p -> {});
      memory.stop();
      out.printf(
          Locale.ROOT,
          "time to searchable: %.1fs (including %.1fs selecting files)%n",
          (built.millisToSearchable() + selectMs) / 1000.0,
          selectMs / 1000.0);
      if (built.millisToSemantic() >= 0) {
        Long embedMs = built.manifest().stageMillis().get("embed");
        out.printf(
            Locale.ROOT,
            "time to semantic:   %.1fs; embedding %,d chunks (%,d computed, rest cached) at %.0f chunks/s%n",
            (built.millisToSemantic() + selectMs) / 1000.0,
            built.manifest().chunks(),
            built.chunksEmbedded(),
            embedMs == null || embedMs == 0 ? 0.0 : built.chunksEmbedded() * 1000.0 / embedMs);
      } else {
        out.println(
            "time to semantic:   n/a ("
                + built.manifest().vectors().name().toLowerCase(Locale.ROOT)
                + ": "
                + built.manifest().vectorsNote()
                + ")");
      }
      out.println("stage durations (ms): " + built.manifest().stageMillis());
      long indexBytes = sizeOf(built.versionDir());
      out.printf(
          Locale.ROOT,
          "peak memory: heap %.0f MB, process RSS high-water %.0f MB%n",
          memory.peakHeapBytes() / 1e6,
          memory.peakRssBytes() / 1e6);
      out.printf(
          Locale.ROOT,
          "index size: %.1f MB = %.2f x source size%n",
          indexBytes / 1e6,
          indexBytes / (double) sourceBytes);

      // 4. Query latency by stage.
      try (OpenIndex index = lantern.open("bench-java-base")) {
        HybridRetriever retriever = lantern.retriever(index);
        List<String> qs = queries(index, queries, 42);
        for (int i = 0; i < Math.min(20, qs.size()); i++) {
          retriever.retrieve(qs.get(i), RetrievalOptions.defaults()); // warm-up
        }
        double[][] stages = new double[4][qs.size()];
        for (int i = 0; i < qs.size(); i++) {
          Retrieval r = retriever.retrieve(qs.get(i), RetrievalOptions.defaults());
          stages[0][i] = r.timings().lexical();
          stages[1][i] = r.timings().vector();
          stages[2][i] = r.timings().fusion();
          stages[3][i] = r.timings().total();
        }
        out.printf(
            Locale.ROOT,
            "query latency over %d queries (semantic %s), ms:%n",
            qs.size(),
            retriever.semantic() ? "on" : "off: " + retriever.semanticNote());
        String[] names = {"lexical", "vector", "fusion", "total"};
        for (int s = 0; s < 4; s++) {
          double[] v = stages[s];
          Arrays.sort(v);
          out.printf(
              Locale.ROOT,
              "  %-8s p50 %7.1f  p95 %7.1f  p99 %7.1f%n",
              names[s],
              pct(v, 50),
              pct(v, 95),
              pct(v, 99));
        }
        // The whole question, as `lantern ask` answers it without a chat model: analysis,
        // retrieval, and the extractive answer with its callers and callees.
        QuestionService questions = lantern.extractiveQuestions(index);
        double[] answered = new double[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
          long t = System.nanoTime();
          questions.ask(qs.get(i), 10, e -> {});
          answered[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(answered);
        out.printf(
            Locale.ROOT,
            "  %-8s p50 %7.1f  p95 %7.1f  p99 %7.1f   (question to finished extractive answer)%n",
            "answer",
            pct(answered, 50),
            pct(answered, 95),
            pct(answered, 99));
      }
    } finally {
      IndexStore.deleteTree(work);
    }
  }

  /**
   * Questions generated from the corpus itself, seeded: a third name a symbol, a third paraphrase a
   * doc comment's first sentence, a third are short how/where questions built from identifier
   * parts.
   */
  static List<String> queries(OpenIndex index, int n, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    int chunks = index.lexical().chunkCount();
    String[] templates = {"where is %s implemented?", "how does %s work?", "what calls %s?"};
    while (out.size() < n && chunks > 0) {
      StoredChunk c = index.lexical().chunk(random.nextInt(chunks));
      String name = c.symbol().isEmpty() ? null : c.symbol();
      switch (out.size() % 3) {
        case 0 -> {
          if (name != null) out.add(String.format(templates[random.nextInt(3)], name));
        }
        case 1 -> {
          String doc = c.doc().strip();
          int dot = doc.indexOf('.');
          if (doc.length() > 20)
            out.add(doc.substring(0, dot > 20 ? Math.min(dot, 200) : Math.min(doc.length(), 200)));
        }
        default -> {
          if (name != null) {
            String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            out.add(
                "how is "
                    + words
                    + " handled in "
                    + c.path().replaceAll(".*/", "").replace(".java", "")
                    + "?");
          }
        }
      }
    }
    return out;
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) return Double.NaN;
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static long unpack(Path zip, Path target) {
    long bytes = 0;
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (e.isDirectory() || !e.getName().startsWith(MODULE) || e.getName().contains("..")) {
          continue;
        }
        Path p = target.resolve(e.getName().substring(MODULE.length()));
        Files.createDirectories(p.getParent());
        try (InputStream in = z.getInputStream(e)) {
          bytes += Files.copy(in, p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + zip, e);
    }
    return bytes;
  }

  static long sizeOf(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
