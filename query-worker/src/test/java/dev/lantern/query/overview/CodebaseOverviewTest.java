package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.FileRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebaseOverviewTest {
  @TempDir Path root;

  private static final String README =
      """
      <div align="center"><img src="logo.svg"></div>

      [![build](https://ci/badge.svg)](https://ci)

      # Kite

      Kite is a small [HTTP] client with **retries** built in. It keeps
      connections alive between calls. Nothing else is said here.

      ## Install

      ```
      pip install kite
      ```

      [HTTP]: https://example.org/http
      """;

  private static final String PYPROJECT =
      """
      [project]
      name = "kite"
      scripts.kite-check = "kite.check:run"

      [project.scripts]
      kite = "kite.cli:main"

      [build-system]
      requires = ["flit"]
      """;

  private OpenIndex build(Map<String, String> files, List<Chunk> chunks) {
    return TestIndexes.lexical(root, files, chunks);
  }

  private static Chunk function(String path, int start, int end, String name) {
    return new Chunk(
        path,
        Language.fromPath(path),
        start,
        end,
        ChunkKind.FUNCTION,
        name,
        name,
        "def " + name + "():",
        "",
        "def " + name + "():\n    pass\n",
        List.of());
  }

  private static List<Chunk> functions(String path, int n) {
    List<Chunk> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(function(path, 1 + 2 * i, 2 + 2 * i, "f" + i));
    }
    return out;
  }

  private static String lines(int n) {
    return "x = 1\n".repeat(n);
  }

  @Test
  void readsWhatTheReadmeSaysHowTheCodeIsLaidOutAndWhereItStarts() {
    Map<String, String> files = new TreeMap<>();
    files.put("README.md", README);
    files.put("docs/guide.md", "# Guide\n\nHow to use it.\n");
    files.put("pyproject.toml", PYPROJECT);
    files.put("src/kite/client.py", lines(300));
    files.put("src/kite/retry.py", lines(80));
    files.put("src/kite/cli.py", "def main():\n    pass\n");
    files.put("src/kite/__main__.py", "from kite.cli import main\nmain()\n");
    files.put("src/kite/check.py", lines(10));
    files.put("src/kite/transport/pool.py", lines(120));
    files.put("src/kite/transport/tls.py", lines(40));
    files.put("scripts/release.py", "def main():\n    pass\n");
    files.put("tests/test_client.py", lines(5));
    files.put("tests/test_retry.py", lines(5));
    List<Chunk> chunks = new java.util.ArrayList<>();
    chunks.add(function("scripts/release.py", 1, 2, "main"));
    chunks.add(function("src/kite/cli.py", 1, 2, "main"));
    chunks.add(function("tests/test_client.py", 1, 2, "main"));
    // Sizes: the more definitions, the larger the file.
    chunks.addAll(functions("src/kite/client.py", 3));
    chunks.addAll(functions("src/kite/retry.py", 2));
    chunks.addAll(functions("src/kite/check.py", 1));
    chunks.addAll(functions("src/kite/transport/pool.py", 2));
    chunks.addAll(functions("src/kite/transport/tls.py", 1));
    try (OpenIndex index = build(files, chunks)) {
      CodebaseOverview o = CodebaseOverview.of(index.lexical());

      assertThat(o.files()).isEqualTo(files.size());
      CodebaseOverview.Readme readme = o.readme().orElseThrow();
      assertThat(readme.title()).isEqualTo("Kite");
      // Badges and images are skipped; links and emphasis read as plain text; two sentences.
      assertThat(readme.summary())
          .isEqualTo(
              "Kite is a small HTTP client with retries built in. It keeps connections alive"
                  + " between calls.");
      assertThat(readme.location().citation()).isEqualTo("README.md:7-8");

      // Most code is under src/kite/, so the layout is told from there.
      assertThat(o.codeFiles()).isEqualTo(8);
      assertThat(o.areas())
          .containsExactly(
              new CodebaseOverview.Area(
                  "src/kite/", true, 5, List.of("client.py", "retry.py", "check.py")),
              new CodebaseOverview.Area(
                  "src/kite/transport/", false, 2, List.of("pool.py", "tls.py")),
              new CodebaseOverview.Area("scripts/", false, 1, List.of("release.py")));
      assertThat(o.shares())
          .containsExactly(
              new CodebaseOverview.Share(FileRole.TEST, 2, "tests/"),
              new CodebaseOverview.Share(FileRole.DOC, 2, ""));

      // Declared commands first, then main functions and __main__.py in the package, then the
      // scripts beside it; a test's main is no entry point.
      assertThat(o.entryPoints().stream().map(Location::citation))
          .containsExactly(
              "pyproject.toml:3",
              "pyproject.toml:6",
              "src/kite/cli.py:1-2",
              "src/kite/__main__.py:1-2",
              "scripts/release.py:1-2");
      assertThat(o.entryPoints().get(1).symbol()).isEqualTo("kite");
      assertThat(o.entryPoints().get(1).signature()).isEqualTo("kite → kite.cli:main");
      assertThat(o.locations().get(0).citation()).isEqualTo("README.md:7-8");
    }
  }

  @Test
  void aCodebaseWithoutReadmeOrEntryPointStillHasALayout() {
    Map<String, String> files = new TreeMap<>();
    files.put("lib/a.js", lines(3));
    files.put("lib/b.js", lines(9));
    files.put("index.js", lines(1));
    List<Chunk> chunks = new java.util.ArrayList<>(functions("lib/b.js", 2));
    chunks.addAll(functions("lib/a.js", 1));
    try (OpenIndex index = build(files, chunks)) {
      CodebaseOverview o = CodebaseOverview.of(index.lexical());
      assertThat(o.readme()).isEmpty();
      assertThat(o.entryPoints()).isEmpty();
      assertThat(o.shares()).isEmpty();
      // lib/ holds 2 of 3 files, under the share that moves the description into a folder.
      assertThat(o.areas())
          .containsExactly(
              new CodebaseOverview.Area("lib/", false, 2, List.of("b.js", "a.js")),
              new CodebaseOverview.Area("", true, 1, List.of("index.js")));
    }
  }

  @Test
  void readmeOpeningsInRestructuredTextAndWithoutProse() {
    String rst =
        """
        .. image:: https://ci/badge.svg

        ======
        Tackle
        ======

        ``Tackle`` makes it easy to write `small tests <https://t.org>`_, yet scales up.

        Features
        --------
        """;
    CodebaseOverview.Readme r = ReadmeText.opening("README.rst", rst).orElseThrow();
    assertThat(r.title()).isEqualTo("Tackle");
    assertThat(r.summary())
        .isEqualTo("`Tackle` makes it easy to write small tests, yet scales up.");
    assertThat(r.startLine()).isEqualTo(7);
    assertThat(ReadmeText.opening("README.md", "# Title\n\n[![a](b)](c)\n")).isEmpty();
  }

  @Test
  void readmeOpeningsWrittenInHtml() {
    String html =
        """
        English | [简体中文](./zh.md) | [日本語](./ja.md)

        <div align="center">
          <img src="logo.svg" width="100px" alt="Stats" />
          <h1 style="font-size: 28px">Readme Stats</h1>
          <!-- a comment -->
          <p>Get dynamically generated stats on your pages!</p>
        </div>
        """;
    CodebaseOverview.Readme r = ReadmeText.opening("readme.md", html).orElseThrow();
    // The language menu is no introduction; the HTML heading names the project.
    assertThat(r.title()).isEqualTo("Readme Stats");
    assertThat(r.summary()).isEqualTo("Get dynamically generated stats on your pages!");
    assertThat(r.location().citation()).isEqualTo("readme.md:7");
    String quoted =
        "# Overview\n\n> Tock is a minimalist library that parses and formats dates for\n"
            + "> browsers. It has a small API.\n";
    CodebaseOverview.Readme q = ReadmeText.opening("README.md", quoted).orElseThrow();
    assertThat(q.title()).as("a section heading is not the project's name").isEmpty();
    assertThat(q.summary())
        .isEqualTo(
            "Tock is a minimalist library that parses and formats dates for browsers. It has a"
                + " small API.");
    assertThat(q.location().citation()).isEqualTo("README.md:3-4");
  }

  @Test
  void commandsDeclaredBySetupFilesAndPackageJson() {
    String cfg = "[options.entry_points]\nconsole_scripts =\n    tackle = tackle.main:run\n\n[x]\n";
    assertThat(EntryPoints.declared("setup.cfg", cfg))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.citation()).isEqualTo("setup.cfg:3");
              assertThat(l.signature()).isEqualTo("tackle → tackle.main:run");
            });
    String py =
        "setup(\n  entry_points={\n    'console_scripts': ['tk = tackle.cli:main'],\n  })\n";
    assertThat(EntryPoints.declared("setup.py", py))
        .singleElement()
        .satisfies(l -> assertThat(l.citation()).isEqualTo("setup.py:3"));
    String pkg =
        """
        {
          "name": "kite",
          "main": "lib/index.js",
          "bin": {
            "kite": "bin/kite.js"
          },
          "scripts": { "test": "node --test" },
          "exports": { "main": "not/this.js" }
        }
        """;
    assertThat(EntryPoints.declared("package.json", pkg).stream().map(Location::signature))
        .containsExactly("main → lib/index.js", "kite → bin/kite.js");
    assertThat(
            EntryPoints.declared("package.json", "{\n  \"bin\": \"cli.js\"\n}\n").stream()
                .map(Location::signature))
        .containsExactly("bin → cli.js");
  }
}
