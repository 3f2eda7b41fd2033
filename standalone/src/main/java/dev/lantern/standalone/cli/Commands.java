package dev.lantern.standalone.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexManifest;
import dev.lantern.core.model.Location;
import dev.lantern.indexer.pipeline.BuildResult;
import dev.lantern.standalone.Lantern;
import dev.lantern.standalone.bench.Bench;
import dev.lantern.standalone.eval.EvalCase;
import dev.lantern.standalone.eval.EvalReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The commands of the CLI; each is thin and delegates to {@link Lantern}. */
public final class Commands {
  public static final Set<String> VALUED =
      Set.of(
          "ref",
          "name",
          "k",
          "cases",
          "repos",
          "limit",
          "out",
          "src-zip",
          "queries",
          "data-dir",
          "repo");
  public static final Set<String> FLAGS = Set.of("dry-run", "json", "no-embed");

  private final Lantern lantern;
  private final PrintStream out;
  private final PrintStream err;

  public Commands(Lantern lantern, PrintStream out, PrintStream err) {
    this.lantern = lantern;
    this.out = out;
    this.err = err;
  }

  public int run(String command, Args args) {
    return switch (command) {
      case "index" -> index(args);
      case "ask" -> ask(args);
      case "list" -> list();
      case "delete" -> delete(args);
      case "eval" -> eval(args);
      case "bench" -> bench(args);
      default ->
          throw new LanternException(
              ErrorCode.BAD_REQUEST, "unknown command '" + command + "'; run 'lantern help'");
    };
  }

  private int index(Args args) {
    String location = args.positional(0, "what to index: a directory, a .zip file or a git URL");
    Optional<String> ref = args.option("ref");
    if (args.flag("dry-run")) {
      out.print(lantern.dryRun(location, ref));
      return 0;
    }
    ProgressPrinter progress = new ProgressPrinter(err, ProgressPrinter.stdoutIsTerminal());
    BuildResult result;
    try {
      result = lantern.index(location, ref, args.option("name"), progress, err);
    } finally {
      progress.finish();
    }
    IndexManifest m = result.manifest();
    out.printf(
        Locale.ROOT,
        "indexed %s: %s, %s%s%n",
        m.codebase(),
        count(m.files(), "file"),
        count(m.chunks(), "chunk"),
        m.revision().isEmpty() ? "" : " at " + m.revision());
    out.printf(
        Locale.ROOT, "keyword search ready after %.1fs%n", result.millisToSearchable() / 1000.0);
    switch (m.vectors()) {
      case READY ->
          out.printf(
              Locale.ROOT,
              "semantic search ready after %.1fs (%s embedded, %,d reused from cache)%n",
              result.millisToSemantic() / 1000.0,
              count(result.chunksEmbedded(), "chunk"),
              m.chunks() - result.chunksEmbedded());
      case DISABLED -> out.println("semantic search off (--no-embed)");
      default -> out.println("semantic search unavailable: " + m.vectorsNote());
    }
    return 0;
  }

  /** "1 chunk", "1,162 chunks". */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private int ask(Args args) {
    String codebase = args.positional(0, "the codebase to ask about (see 'lantern list')");
    String question =
        String.join(" ", args.positionals().subList(1, args.positionals().size())).trim();
    if (question.isEmpty()) {
      throw new LanternException(
          ErrorCode.BAD_REQUEST, "missing question: lantern ask " + codebase + " \"where is …?\"");
    }
    int k = args.intOption("k", 8, 1, 50);
    boolean json = args.flag("json");
    List<AnswerEvent> events = new ArrayList<>();
    lantern.ask(
        codebase,
        question,
        k,
        event -> {
          events.add(event);
          if (!json) {
            printEvent(event);
          }
        });
    if (json) {
      out.println(toJson(events));
    }
    return events.stream().anyMatch(e -> e instanceof AnswerEvent.Error) ? 1 : 0;
  }

  private void printEvent(AnswerEvent event) {
    if (event instanceof AnswerEvent.Searching s) {
      if (!s.terms().isEmpty()) {
        err.println("searching for: " + String.join(", ", s.terms()));
      }
    } else if (event instanceof AnswerEvent.Notice n) {
      err.println("note: " + n.message());
    } else if (event instanceof AnswerEvent.Token t) {
      out.print(t.text());
      out.flush();
    } else if (event instanceof AnswerEvent.Done d) {
      out.println();
      if (!d.unverifiedCitations().isEmpty()) {
        out.println("(unverified citations: " + String.join(", ", d.unverifiedCitations()) + ")");
      }
    } else if (event instanceof AnswerEvent.Error e) {
      err.println("error: " + e.message());
    }
  }

  private static String toJson(List<AnswerEvent> events) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    StringBuilder answer = new StringBuilder();
    ArrayNode notices = root.putArray("notices");
    root.putArray("absent");
    root.putArray("unmatched");
    for (AnswerEvent e : events) {
      if (e instanceof AnswerEvent.Searching s) {
        root.putPOJO("searched", s.terms());
      } else if (e instanceof AnswerEvent.Notice n) {
        notices.add(n.message());
      } else if (e instanceof AnswerEvent.MissingWords m) {
        root.putPOJO("absent", m.absent());
        root.putPOJO("unmatched", m.unmatched());
      } else if (e instanceof AnswerEvent.Sources s) {
        ArrayNode arr = root.putArray("sources");
        int i = 1;
        for (Location l : s.locations()) {
          ObjectNode o = arr.addObject();
          o.put("n", i++);
          o.put("path", l.path());
          o.put("start", l.startLine());
          o.put("end", l.endLine());
          o.put("symbol", l.symbol());
          o.put("kind", l.kind());
          o.put("score", l.score());
          o.put("citation", l.citation());
          o.put("snippet", l.snippet());
        }
      } else if (e instanceof AnswerEvent.Token t) {
        answer.append(t.text());
      } else if (e instanceof AnswerEvent.Done d) {
        root.putPOJO("unverifiedCitations", d.unverifiedCitations());
      } else if (e instanceof AnswerEvent.Error err) {
        root.put("error", err.message());
        root.put("code", err.code());
      }
    }
    root.put("answer", answer.toString());
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private int list() {
    List<IndexManifest> all = lantern.list();
    if (all.isEmpty()) {
      out.println("no codebases yet; add one with: lantern index <dir|zip|git-url>");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%-28s %8s %9s %-10s %-24s %s%n",
        "name",
        "files",
        "chunks",
        "semantic",
        "indexed",
        "source");
    for (IndexManifest m : all) {
      out.printf(
          Locale.ROOT,
          "%-28s %,8d %,9d %-10s %-24s %s%n",
          m.codebase(),
          m.files(),
          m.chunks(),
          m.vectors().name().toLowerCase(Locale.ROOT),
          m.createdAt().replaceAll("\\.\\d+Z$", "Z"),
          m.source()
              + (m.revision().isEmpty()
                  ? ""
                  : "@" + m.revision().substring(0, Math.min(10, m.revision().length()))));
    }
    return 0;
  }

  private int delete(Args args) {
    String name = args.positional(0, "the codebase to delete");
    if (!lantern.delete(name)) {
      throw new LanternException(
          ErrorCode.NOT_FOUND, "no codebase named '" + name + "' (see 'lantern list')");
    }
    out.println("deleted " + name);
    return 0;
  }

  private int eval(Args args) {
    Path casesFile =
        Path.of(args.option("cases").orElseThrow(() -> Args.usage("eval needs --cases FILE")));
    Path repos =
        Path.of(args.option("repos").orElseThrow(() -> Args.usage("eval needs --repos DIR")));
    if (!Files.isRegularFile(casesFile)) {
      throw new LanternException(ErrorCode.NOT_FOUND, "no cases file at " + casesFile);
    }
    if (!Files.isDirectory(repos)) {
      throw new LanternException(ErrorCode.NOT_FOUND, "no repositories folder at " + repos);
    }
    List<EvalCase> cases = EvalCase.read(casesFile);
    Optional<String> repo = args.option("repo");
    if (repo.isPresent()) {
      cases = cases.stream().filter(c -> c.repo().equals(repo.get())).toList();
    }
    int limit = args.intOption("limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
    if (cases.size() > limit) {
      cases = cases.subList(0, limit);
    }
    long t0 = System.nanoTime();
    EvalReport report = lantern.eval(cases, repos, err);
    String text =
        report.format()
            + String.format(
                Locale.ROOT,
                "cases file: %s; semantic: %s; wall time %.0fs%n",
                casesFile.getFileName(),
                lantern.semanticStatus(),
                (System.nanoTime() - t0) / 1e9);
    out.print(text);
    if (args.option("out").isPresent()) {
      try {
        Path target = Path.of(args.option("out").get());
        if (target.getParent() != null) {
          Files.createDirectories(target.getParent());
        }
        Files.writeString(target, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return 0;
  }

  private int bench(Args args) {
    Path srcZip = args.option("src-zip").map(Path::of).orElseGet(Bench::defaultSrcZip);
    int queries = args.intOption("queries", 300, 1, 100_000);
    new Bench(lantern, out).run(srcZip, queries);
    return 0;
  }
}
