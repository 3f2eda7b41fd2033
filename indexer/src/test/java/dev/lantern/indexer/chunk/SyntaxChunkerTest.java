package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

class SyntaxChunkerTest {
  private final ChunkerRegistry chunker = new ChunkerRegistry();

  private List<Chunk> chunks(String path, String text) {
    SourceFile f = SourceFile.of(path, text);
    List<Chunk> out = chunker.chunk(f);
    ChunkInvariants.check(f, out);
    return out;
  }

  private static Chunk named(List<Chunk> chunks, String qualified) {
    return chunks.stream()
        .filter(c -> c.qualifiedName().equals(qualified))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no chunk named "
                        + qualified
                        + " in "
                        + chunks.stream().map(Chunk::qualifiedName).toList()));
  }

  @Test
  void javaMethodsCarryJavadocSignatureAndCalls() {
    String src =
        """
        package demo;

        import java.util.List;

        /** Uploads files. */
        public class Uploader {
          private final int retries = 3;

          /**
           * Retries a failed upload with exponential backoff.
           * @param id the upload
           */
          public void retryUpload(String id) {
            backoff.sleep(2);
            send(id);
          }

          enum Mode { FAST, SLOW }
        }
        """;
    List<Chunk> c = chunks("src/demo/Uploader.java", src);
    Chunk type = named(c, "Uploader");
    assertThat(type.kind()).isEqualTo(ChunkKind.TYPE);
    // The two-line package/import gap joins the class; the small class stays whole.
    assertThat(type.startLine()).isEqualTo(1);
    assertThat(type.endLine()).isEqualTo(19);
    assertThat(type.doc()).isEqualTo("Uploads files.");
    assertThat(type.references()).contains("List", "sleep", "send");
    assertThat(c).hasSize(1);
  }

  @Test
  void aDefinitionOnTheSecondLineBelowABlankFirstLineIsChunkedByItsGrammar() {
    // No doc comment is looked for above the file's start (an index -1 once sent such files,
    // pylint's good.py examples and dayjs's index.d.ts, to line windows).
    List<Chunk> c =
        chunks(
            "good.py",
            "\ndef any_even(items):\n    \"\"\"Return True if any is even\"\"\"\n"
                + "    return any(i % 2 == 0 for i in items)\n");
    Chunk f = named(c, "any_even");
    assertThat(f.kind()).isEqualTo(ChunkKind.FUNCTION);
    assertThat(f.doc()).isEqualTo("Return True if any is even");
    Chunk d =
        named(chunks("index.d.ts", "\ndeclare function dayjs (config?: string): Dayjs\n"), "dayjs");
    assertThat(d.startLine()).isEqualTo(2);
  }

  @Test
  void javaStaticMemberAccessRefersToTheType() {
    String src =
        """
        class Builder {
          private Policy policy = Policy.IDENTITY;
          private static final Logger LOG = Logger.get();

          Builder strict() {
            LOG.info("strict");
            this.mode = Strictness.valueOf("STRICT");
            return this;
          }
        }
        """;
    Chunk type = named(chunks("src/Builder.java", src), "Builder");
    // An enum constant and a static method go through their types; a constant's calls do not.
    assertThat(type.references()).contains("Policy", "Logger", "Strictness", "valueOf", "info");
    assertThat(type.references()).doesNotContain("LOG");
  }

  @Test
  void largeJavaClassSplitsIntoMembersWithQualifiedNames() {
    StringBuilder src = new StringBuilder("class Big {\n  int field;\n");
    for (int i = 0; i < 30; i++) {
      src.append("  /** Does step ")
          .append(i)
          .append(". */\n  void step")
          .append(i)
          .append("() {\n    helper")
          .append(i)
          .append("();\n  }\n\n");
    }
    src.append("}\n");
    List<Chunk> c = chunks("Big.java", src.toString());
    Chunk step7 = named(c, "Big.step7");
    assertThat(step7.kind()).isEqualTo(ChunkKind.FUNCTION);
    assertThat(step7.symbol()).isEqualTo("step7");
    assertThat(step7.signature()).isEqualTo("void step7()");
    assertThat(step7.doc()).isEqualTo("Does step 7.");
    assertThat(step7.text()).startsWith("  /** Does step 7. */");
    assertThat(step7.references()).containsExactly("helper7");
    assertThat(c.get(0).qualifiedName()).isEqualTo("Big");
    assertThat(c.get(0).text()).contains("int field;");
  }

  @Test
  void pythonDecoratorsDocstringsAndNestedClasses() {
    String src =
        """
        import os
        from typing import Any


        class Config:
            \"\"\"Holds settings.\"\"\"

            class Loader:
                def load(self, path):
                    \"\"\"Read settings from a file.\"\"\"
                    return open(path).read()


        @cache
        def parse_config(text: str) -> dict:
            return json.loads(text)

        x = parse_config("{}")
        """;
    List<Chunk> c = chunks("cfg.py", src);
    Chunk parse = named(c, "parse_config");
    assertThat(parse.startLine()).as("decorator belongs to the function").isEqualTo(14);
    assertThat(parse.signature()).isEqualTo("def parse_config(text: str) -> dict:");
    assertThat(parse.references()).contains("loads");
    assertThat(named(c, "Config").doc()).isEqualTo("Holds settings.");
    assertThat(named(c, "Config").startLine()).as("imports join the first class").isEqualTo(1);
    assertThat(named(c, "Config").references()).contains("os", "Any");
  }

  @Test
  void javascriptAndTypescriptNamedFunctionsAndArrowConstants() {
    String js =
        """
        // Formats a date.
        export function format(d, fmt) {
          return pad(d.getYear());
        }

        const parse = (s) => new Date(s);
        proto.add = function (n, unit) { return this.set(unit, n); };
        module.exports = { format };
        """;
    List<Chunk> c = chunks("src/index.js", js);
    assertThat(named(c, "format").doc()).isEqualTo("Formats a date.");
    assertThat(named(c, "format").startLine()).isEqualTo(1);
    assertThat(named(c, "parse").kind()).isEqualTo(ChunkKind.FUNCTION);
    assertThat(named(c, "add").references()).contains("set");
    String tsx =
        """
        export interface Props { name: string }
        type Id = string;
        export function Greeting({ name }: Props) {
          return <h1>Hello {name}</h1>;
        }
        """;
    List<Chunk> t = chunks("src/App.tsx", tsx);
    assertThat(named(t, "Props").kind()).isEqualTo(ChunkKind.TYPE);
    assertThat(named(t, "Greeting").kind()).isEqualTo(ChunkKind.FUNCTION);
    // TSX is read with its own grammar: JSX and then more code, a generic arrow among it.
    String component =
        "export function List<T>({ items }: { items: T[] }) {\n"
            + "  return (\n    <ul>\n      {items.map((i) => <li key={String(i)}>{String(i)}</li>)}\n"
            + "    </ul>\n  )\n}\n\n"
            + "export const first = <T,>(xs: T[]): T | undefined => xs[0]\n\n"
            + "export class Store {\n  state = 0\n  set = (n: number) => {\n"
            + "    if (n > 0) {\n      this.state = n\n    }\n  }\n}\n";
    List<Chunk> l = chunks("src/List.tsx", component);
    assertThat(l).extracting(Chunk::qualifiedName).contains("List", "first", "Store");
    assertThat(l).extracting(Chunk::symbol).doesNotContain("if");
    // A TypeScript interface of call signatures on their own lines (Hono's context.ts) parses,
    // and the class after it is read as a class.
    String hono =
        "interface Get<E> {\n  <K extends keyof E>(key: K): E[K]\n"
            + "  <K extends string>(key: K): unknown\n}\n\n"
            + "export class Context {\n  get = (key: string) => {\n"
            + "    return key\n  }\n}\n";
    List<Chunk> h = chunks("src/context.ts", hono);
    assertThat(h).extracting(Chunk::qualifiedName).contains("Get", "Context");
    // Private methods (#retry) are members like any other, named without their #.
    String filler = "    const x = 1;\n".repeat(70);
    String ky =
        "export class Ky {\n"
            + "  #retryCount = 0;\n"
            + "  async #retry(fn: () => Promise<Response>) {\n"
            + filler
            + "    return this.#calculateDelay(fn);\n"
            + "  }\n\n"
            + "  static #normalize(p: string): string {\n"
            + filler
            + "    return p;\n"
            + "  }\n"
            + "}\n";
    List<Chunk> k = chunks("source/core/Ky.ts", ky);
    assertThat(named(k, "Ky.retry").kind()).isEqualTo(ChunkKind.FUNCTION);
    assertThat(named(k, "Ky.retry").references()).contains("calculateDelay");
    assertThat(named(k, "Ky.normalize").startLine()).isEqualTo(77);
  }

  @Test
  void aNamedFunctionPassedToAModuleLevelCallIsDefinedByIt() {
    String js =
        """
        var req = exports = module.exports = {};

        /**
         * Return the remote address from the trusted proxy.
         */

        defineGetter(req, 'ip', function ip(){
          var trust = this.app.get('trust proxy fn');
          return proxyaddr(this, trust);
        });

        describe('req', function () {
          it('works', function () {});
        });

        function setup() {
          app.use(function inner(req, res, next) { next(); });
        }
        """;
    List<Chunk> c = chunks("lib/request.js", js);
    Chunk ip = named(c, "ip");
    assertThat(ip.kind()).isEqualTo(ChunkKind.FUNCTION);
    assertThat(ip.doc()).isEqualTo("Return the remote address from the trusted proxy.");
    assertThat(ip.startLine()).isLessThanOrEqualTo(3);
    assertThat(ip.endLine()).isEqualTo(10);
    assertThat(ip.signature()).isEqualTo("defineGetter(req, 'ip', function ip()");
    assertThat(ip.references()).contains("defineGetter", "proxyaddr");
    // A class field holding a function is a method of the class, in TypeScript and JavaScript.
    String filler = "    const x = 1;\n".repeat(70);
    String ts =
        "export class Context {\n"
            + "  #status = 200\n"
            + "  /**\n   * Renders JSON as `Content-Type:application/json`.\n   */\n"
            + "  json: JSONRespond = <T>(object: T, arg?: number): Response => {\n"
            + filler
            + "    return this.#newResponse(JSON.stringify(object), arg)\n"
            + "  }\n\n"
            + "  text = function text(s: string) {\n"
            + filler
            + "    return s\n"
            + "  }\n"
            + "}\n";
    List<Chunk> t = chunks("src/context.ts", ts);
    Chunk json = named(t, "Context.json");
    assertThat(json.kind()).isEqualTo(ChunkKind.FUNCTION);
    assertThat(json.doc()).isEqualTo("Renders JSON as `Content-Type:application/json`.");
    assertThat(json.signature()).startsWith("json: JSONRespond = <T>(object: T");
    assertThat(named(t, "Context.text").references()).isEmpty();
    assertThat(t).extracting(Chunk::qualifiedName).doesNotContain("Context.status");
    List<Chunk> j =
        chunks(
            "src/button.js",
            "class Button {\n  handleClick = (e) => {\n" + filler + filler + "  }\n}\n");
    assertThat(j).extracting(Chunk::qualifiedName).contains("Button.handleClick");
    // Anonymous callbacks and calls inside a definition define nothing.
    assertThat(c).extracting(Chunk::qualifiedName).doesNotContain("inner", "setup.inner");
    assertThat(c).extracting(Chunk::qualifiedName).contains("setup");
  }

  @Test
  void goMethodsAreQualifiedByReceiverAndKotlinDefinitionsAreFound() {
    String go =
        """
        package main

        // Server serves HTTP.
        type Server struct{ port int }

        // Run starts the server.
        func (s *Server) Run() error {
          return listen(s.port)
        }
        """;
    List<Chunk> g = chunks("main.go", go);
    assertThat(named(g, "Server.Run").doc()).isEqualTo("Run starts the server.");
    assertThat(named(g, "Server").doc()).isEqualTo("Server serves HTTP.");
    String kt =
        """
        package x

        class Repo(val db: Db) {
          fun find(id: Int): User? = db.load(id)
        }

        fun main() { println("hi") }
        """;
    List<Chunk> k = chunks("Repo.kt", kt);
    assertThat(named(k, "Repo").kind()).isEqualTo(ChunkKind.TYPE);
    assertThat(named(k, "main").kind()).isEqualTo(ChunkKind.FUNCTION);
  }

  @Test
  void commentsInsideAnImportAreNoNamesAndAKotlinClassKeepsTheDocAfterTheImports() {
    // tree-sitter-kotlin hands the comment after the last import to that import.
    String kt =
        """
        package com.squareup.moshi

        import okio.Buffer
        import okio.BufferedSource

        /**
         * Converts Java values to JSON, and JSON values to Java.
         */
        public abstract class JsonAdapter<T> {
          public abstract fun fromJson(reader: JsonReader): T
        }
        """;
    List<Chunk> k = chunks("JsonAdapter.kt", kt);
    Chunk adapter = named(k, "JsonAdapter");
    assertThat(adapter.doc()).isEqualTo("Converts Java values to JSON, and JSON values to Java.");
    assertThat(k.stream().flatMap(c -> c.references().stream()))
        .contains("Buffer", "BufferedSource")
        .doesNotContain("Converts", "Java", "values");
    String py =
        """
        from typing import (
            TypeAlias,  # TODO: move to collections.abc when Python 3.9 is gone
            TypeIs,
        )
        import numpy as np  # noqa: F401


        def f():
            return np.zeros(1)
        """;
    List<String> refs =
        chunks("types.py", py).stream().flatMap(c -> c.references().stream()).toList();
    assertThat(refs)
        .contains("TypeAlias", "TypeIs", "numpy")
        .doesNotContain("TODO", "move", "noqa");
  }

  @Test
  void moduleLevelNamesAreRecordedOnTheChunkThatBindsThem() {
    String py =
        """
        from contextvars import ContextVar

        _cv_app: ContextVar[str] = ContextVar("flask.app_ctx")
        current_app = LocalProxy(_cv_app, "app")
        g, request = LocalProxy(_cv_app, "g"), LocalProxy(_cv_app, "request")
        __all__ = ["g"]


        def helper():
            local_only = 1
            return local_only


        class Config:
            DEBUG = False
        """;
    List<Chunk> p = chunks("src/flask/globals.py", py);
    assertThat(bound(p)).containsExactly("_cv_app", "current_app", "g", "request");
    assertThat(p.stream().filter(c -> c.names().contains("g")).findFirst().orElseThrow().kind())
        .isEqualTo(ChunkKind.MODULE);
    String js =
        """
        import { en } from './locale/en'
        let L = 'en'
        export const Ls = {}
        const parseLocale = (preset) => preset
        if (debug) { const notTopLevel = 1 }
        function load() { const inner = 2 }
        """;
    List<Chunk> j = chunks("src/index.js", js);
    assertThat(bound(j)).containsExactly("L", "Ls");
    assertThat(named(j, "parseLocale").kind()).isEqualTo(ChunkKind.FUNCTION);
    // CommonJS exports are names the module binds; other assignments are not.
    String cjs =
        """
        exports = module.exports = createApplication;
        exports.static = require('serve-static');
        module.exports.json = bodyParser.json;
        app.settings = {};
        function f() { exports.inner = 1 }
        """;
    assertThat(bound(chunks("lib/express.js", cjs))).containsExactly("static", "json");
    // A hook list holding one function is that function (axios's defaults); other arrays are not.
    String hooks =
        """
        const defaults = {
          adapter: ['xhr', 'http'],
          transformResponse: [function transformResponse(data) {
            return JSON.parse(data);
          }],
          validateStatus: function validateStatus(status) {
            return status >= 200;
          },
          pair: [function a() {}, function b() {}]
        };
        """;
    assertThat(chunks("lib/defaults/index.js", hooks))
        .filteredOn(c -> c.kind() == ChunkKind.FUNCTION)
        .extracting(Chunk::symbol)
        .containsExactly("transformResponse", "validateStatus");
    Chunk transform = named(chunks("lib/defaults/index.js", hooks), "transformResponse");
    assertThat(transform.endLine()).isEqualTo(5);
    assertThat(transform.text()).contains("return JSON.parse(data);").doesNotContain("status");
    String go =
        """
        package cobra

        const FlagSetByCobraAnnotation = "cobra_annotation_flag_set_by_cobra"

        var (
          initializers, finalizers []func()
          EnablePrefixMatching = defaultPrefixMatching
        )

        func run() { var local = 1; _ = local }
        """;
    assertThat(bound(chunks("cobra.go", go)))
        .containsExactly(
            "FlagSetByCobraAnnotation", "initializers", "finalizers", "EnablePrefixMatching");
    String kt =
        """
        package x

        val DEFAULT_PORT = 8080

        class Repo { val cache = mutableMapOf<Int, String>() }
        """;
    assertThat(bound(chunks("Repo.kt", kt))).containsExactly("DEFAULT_PORT");
    // A Kotlin script's top-level assignment binds nothing, and the file still parses.
    List<Chunk> script =
        chunks("settings.gradle.kts", "rootProject.name = \"mockito\"\ninclude(\"core\")\n");
    assertThat(bound(script)).isEmpty();
    assertThat(script).allMatch(ch -> ch.kind() == ChunkKind.MODULE);
  }

  private static List<String> bound(List<Chunk> chunks) {
    return chunks.stream().flatMap(c -> c.names().stream()).toList();
  }

  @Test
  void aDocCommentOneBlankLineAboveItsMethodIsItsDocAndCommentGapsJoinTheirNeighbour() {
    StringBuilder src =
        new StringBuilder("/** A token to cancel a request. */\nclass CancelToken {\n");
    for (String m : List.of("alpha", "beta", "gamma", "delta")) {
      src.append("  ").append(m).append("() {\n");
      for (int i = 0; i < 30; i++) {
        src.append("    step").append(i).append("();\n");
      }
      src.append("  }\n\n");
      if (m.equals("gamma")) {
        src.append("  // --- lifecycle ---\n  // (the steps below run in order)\n\n");
      }
    }
    src.append("  /**\n   * Subscribe to the cancel signal\n   */\n\n");
    src.append("  subscribe(listener) {\n    this.listeners.push(listener);\n  }\n\n");
    src.append("  // --- helpers ---\n\n");
    src.append("  #count = 0;\n}\n");
    List<Chunk> chunks = chunks("lib/cancel/CancelToken.js", src.toString());
    Chunk subscribe = named(chunks, "CancelToken.subscribe");
    assertThat(subscribe.doc()).isEqualTo("Subscribe to the cancel signal");
    assertThat(subscribe.text()).startsWith("  /**");
    // No piece of the class is a comment alone, named after the class.
    assertThat(chunks)
        .noneMatch(
            c ->
                c.text()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .allMatch(l -> l.startsWith("/") || l.startsWith("*")));
    assertThat(named(chunks, "CancelToken.delta").text()).startsWith("  // --- lifecycle ---");
    // A private field is code, not a comment.
    assertThat(chunks).anyMatch(c -> c.text().contains("#count = 0;"));
  }

  @Test
  void nonAsciiTextKeepsLineNumbersAndSyntaxErrorsStillChunk() {
    String src = "// Größe und Ärger 🚀\nclass Ü {\n  void ä() { größe(); }\n}\n\nvoid broken( {\n";
    List<Chunk> c = chunks("U.java", src);
    Chunk u = named(c, "Ü");
    assertThat(u.startLine()).isEqualTo(1);
    assertThat(u.endLine()).as("the broken trailing line joins the class chunk").isEqualTo(6);
    assertThat(chunks("empty.py", "")).isEmpty();
    assertThat(chunks("blank.py", "\n\n  \n")).isEmpty();
  }

  @Test
  void markdownSectionsAndPlainTextWindows() {
    String md = "# Title\nintro\n\n## Install\nrun it\n```\n# not a heading\n```\n## Use\nask\n";
    List<Chunk> c = chunks("README.md", md);
    assertThat(c)
        .extracting(Chunk::qualifiedName)
        .containsExactly("Title", "Title > Install", "Title > Use");
    assertThat(c.get(1).endLine()).isEqualTo(8);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append(i % 7 == 6 ? "\n" : "line " + i + "\n");
    }
    List<Chunk> w = chunks("notes.txt", text.toString());
    assertThat(w)
        .allSatisfy(x -> assertThat(x.lineCount()).isLessThanOrEqualTo(LineWindowChunker.MAX));
    assertThat(w.size()).isBetween(3, 7);
  }

  @Test
  void markdownHeadingsAreNamedAsAReaderSeesThem() {
    String md =
        "# Spring PetClinic [![Build](https://x/badge.svg)](https://x/actions)\nintro\n"
            + "## Run [locally](#local) <sup>new</sup> ##\nrun it\n"
            + "## [![only a badge](https://x/b.svg)](https://x)\nbadge\n";
    assertThat(chunks("README.md", md))
        .extracting(Chunk::qualifiedName)
        .containsExactly(
            "Spring PetClinic",
            "Spring PetClinic > Run locally new",
            // Nothing left but the badge: the raw text rather than no name.
            "Spring PetClinic > [![only a badge](https://x/b.svg)](https://x)");
  }

  @Test
  void absorbingClosersAndSmallGapsNeverPushesAChunkPastTheCap() {
    // A class too long to keep whole, whose last method is exactly at the cap: the class's closing
    // brace and a trailing small module gap must not be glued onto that method.
    StringBuilder src = new StringBuilder("package p;\n\nclass Big {\n");
    src.append("  void small() {\n    run();\n  }\n\n");
    src.append("  void huge() {\n");
    for (int i = 0; i < SyntaxChunker.MAX_DEFINITION_LINES - 2; i++) {
      src.append("    step").append(i).append("();\n");
    }
    src.append("  }\n}\n\nclass Tail {}\n");
    List<Chunk> c = chunks("p/Big.java", src.toString());
    assertThat(c)
        .allSatisfy(
            x ->
                assertThat(x.lineCount())
                    .as("%s %d-%d", x.symbol(), x.startLine(), x.endLine())
                    .isLessThanOrEqualTo(SyntaxChunker.MAX_CHUNK_LINES));
    assertThat(c)
        .filteredOn(x -> x.symbol().equals("huge"))
        .singleElement()
        .satisfies(x -> assertThat(x.lineCount()).isEqualTo(SyntaxChunker.MAX_DEFINITION_LINES));
    // Every line of the file is still in some chunk.
    int lines = (int) src.chars().filter(ch -> ch == '\n').count();
    boolean[] covered = new boolean[lines + 1];
    for (Chunk x : c) {
      for (int l = x.startLine(); l <= x.endLine(); l++) {
        covered[l] = true;
      }
    }
    for (int l = 1; l <= lines; l++) {
      String line = src.toString().split("\n", -1)[l - 1];
      if (!line.isBlank()) {
        assertThat(covered[l]).as("line %d: %s", l, line).isTrue();
      }
    }
  }

  @Test
  void invariantsHoldOnRandomJdkSources() throws Exception {
    Path zip = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");
    assumeTrue(
        Files.isRegularFile(zip), "no JDK src.zip at " + zip + "; skipping the real-code sample");
    long seed = Long.getLong("tests.seed", System.nanoTime());
    System.out.println(
        "SyntaxChunkerTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
    Random random = new Random(seed);
    try (ZipFile z = new ZipFile(zip.toFile())) {
      List<ZipEntry> java = new ArrayList<>();
      for (ZipEntry e : Collections.list(z.entries())) {
        if (e.getName().startsWith("java.base/java/") && e.getName().endsWith(".java")) {
          java.add(e);
        }
      }
      Collections.shuffle(java, random);
      int definitions = 0;
      for (ZipEntry e : java.subList(0, 60)) {
        try (InputStream in = z.getInputStream(e)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          List<Chunk> c = chunks(e.getName(), text);
          definitions += (int) c.stream().filter(x -> x.kind() == ChunkKind.FUNCTION).count();
          for (Chunk x : c) {
            assertThat(x.lineCount())
                .as("%s:%d", e.getName(), x.startLine())
                .isLessThanOrEqualTo(SyntaxChunker.MAX_CHUNK_LINES);
          }
        }
      }
      assertThat(definitions).isGreaterThan(100);
    }
  }

  @Test
  void skippingOpaqueSubtreesLosesNothingTheWalkerRecords() throws Exception {
    List<String> java = new ArrayList<>();
    java.add(
        "class A<T extends Map<String, List<B>>> {\n"
            + "  @Ann(value = Typing.DYNAMIC) List<Map<K, V>>[] f(@P(Kind.X) int[] a)"
            + " throws IOException {\n"
            + "    return new ArrayList<Map<K, V>>(Helper.make(\"s\" + Other.NAME));\n"
            + "  }\n}\n");
    Path zip = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");
    if (Files.isRegularFile(zip)) {
      try (ZipFile z = new ZipFile(zip.toFile())) {
        for (String name :
            List.of(
                "java.base/java/util/HashMap.java",
                "java.base/java/util/concurrent/ConcurrentHashMap.java",
                "java.base/java/util/stream/Collectors.java")) {
          try (InputStream in = z.getInputStream(z.getEntry(name))) {
            java.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    String go =
        "package p\n\n// Run runs.\nfunc Run(ctx context.Context, f func(int) error,"
            + " names ...string) (n int, err error) {\n\tlog.Printf(\"%s\", fmt.Sprint(n))\n"
            + "\treturn helper(ctx)\n}\n";
    for (String src : java) {
      assertThat(walked(Language.JAVA, src, true)).isEqualTo(walked(Language.JAVA, src, false));
    }
    assertThat(walked(Language.GO, go, true)).isEqualTo(walked(Language.GO, go, false));
    assertThat(walked(Language.JAVA, java.get(0), true))
        .contains("Typing", "Kind", "Helper", "make", "Other", "ArrayList");
  }

  /** What the walker records for a source: definitions, references and names, as text. */
  private static String walked(Language language, String src, boolean skipOpaque) {
    LanguageSpec full = LanguageSpec.of(language);
    LanguageSpec spec =
        skipOpaque
            ? full
            : new LanguageSpec(
                full.grammar(),
                full.definitions(),
                full.wrappers(),
                full.calls(),
                full.imports(),
                full.comments(),
                Set.of());
    TSParser parser = new TSParser();
    parser.setLanguage(spec.grammar().get());
    TSTree tree = parser.parseString(null, src);
    TreeWalker w = new TreeWalker(spec, src.getBytes(StandardCharsets.UTF_8), new Lines(src));
    w.walk(tree.getRootNode());
    StringBuilder out = new StringBuilder();
    Deque<Definition> todo = new ArrayDeque<>(w.top);
    while (!todo.isEmpty()) {
      Definition d = todo.pop();
      out.append(d.qualifiedName).append(' ').append(d.startRow).append('-').append(d.endRow);
      out.append(' ').append(d.signature).append(" | ").append(d.doc).append('\n');
      todo.addAll(d.children);
    }
    return out.append(w.refs).append(w.names).toString();
  }
}
