package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOverviewTest {
  @TempDir Path root;
  private OpenIndex index;

  private static Chunk chunk(
      String path,
      ChunkKind kind,
      int start,
      int end,
      String qualified,
      String doc,
      List<String> refs) {
    String symbol = qualified.substring(qualified.lastIndexOf('.') + 1);
    return new Chunk(
        path,
        Language.fromPath(path),
        start,
        end,
        kind,
        symbol,
        qualified,
        kind == ChunkKind.SECTION ? "" : "def " + symbol + "():",
        doc,
        // Code that references names writes them, as they are spelled.
        "def "
            + symbol
            + "():\n    "
            + (refs.isEmpty() ? "pass" : String.join("()\n    ", refs) + "()")
            + "\n",
        refs);
  }

  private static String lines(int n, String first) {
    StringBuilder sb = new StringBuilder(first);
    for (int i = first.split("\n", -1).length; i <= n; i++) {
      sb.append("x = ").append(i).append('\n');
    }
    return sb.toString();
  }

  @BeforeEach
  void index() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("kite/client.py", lines(50, "\"\"\"Talks to the Kite server.\"\"\"\n"));
    files.put("kite/session.py", lines(100, "import os\n"));
    files.put("kite/cli.py", lines(10, ""));
    files.put("other/conn.py", lines(10, ""));
    files.put("tests/test_client.py", lines(10, ""));
    files.put("examples/client.py", lines(10, ""));
    files.put("docs/guide.md", lines(20, "# Guide\n"));
    files.put("kite/globals.py", lines(12, ""));
    files.put("kite/views.py", lines(5, ""));
    List<Chunk> chunks = new ArrayList<>();
    // Top-level code binding names, between two definitions.
    chunks.add(chunk("kite/globals.py", ChunkKind.FUNCTION, 1, 3, "helper", "", List.of()));
    Chunk bindings = chunk("kite/globals.py", ChunkKind.MODULE, 4, 9, "", "", List.of());
    chunks.add(
        new Chunk(
            bindings.path(),
            bindings.language(),
            4,
            9,
            ChunkKind.MODULE,
            "",
            "",
            "",
            "",
            "_cv = ContextVar()\ncurrent_app = Proxy(_cv)\ng = Proxy(_cv)\n",
            List.of(),
            List.of("_cv", "current_app", "g")));
    chunks.add(chunk("kite/globals.py", ChunkKind.TYPE, 10, 12, "Proxy", "", List.of()));
    chunks.add(
        chunk("kite/views.py", ChunkKind.FUNCTION, 1, 5, "index", "", List.of("current_app")));
    chunks.add(chunk("kite/client.py", ChunkKind.MODULE, 1, 3, "", "", List.of()));
    chunks.add(
        chunk("kite/client.py", ChunkKind.TYPE, 5, 40, "Client", "A connection.", List.of()));
    chunks.add(chunk("kite/client.py", ChunkKind.FUNCTION, 42, 50, "connect", "", List.of()));
    // A class of 14 members that makes up the whole file, split into a header and its members.
    chunks.add(
        chunk("kite/session.py", ChunkKind.TYPE, 1, 6, "Session", "Keeps cookies.", List.of()));
    for (int i = 0; i < 14; i++) {
      String name = "Session." + (i % 5 == 1 ? "_m" : "m") + i;
      chunks.add(
          chunk("kite/session.py", ChunkKind.FUNCTION, 7 + 6 * i, 12 + 6 * i, name, "", List.of()));
    }
    chunks.add(
        chunk("kite/cli.py", ChunkKind.FUNCTION, 1, 5, "main", "", List.of("Client", "connect")));
    chunks.add(chunk("kite/cli.py", ChunkKind.FUNCTION, 6, 10, "run", "", List.of("Client")));
    chunks.add(chunk("other/conn.py", ChunkKind.FUNCTION, 1, 5, "connect", "", List.of()));
    chunks.add(
        chunk(
            "tests/test_client.py",
            ChunkKind.FUNCTION,
            1,
            5,
            "test_client",
            "",
            List.of("Client")));
    chunks.add(chunk("docs/guide.md", ChunkKind.SECTION, 1, 9, "Guide", "", List.of()));
    chunks.add(chunk("docs/guide.md", ChunkKind.SECTION, 10, 20, "Install", "", List.of()));
    // A heading named like a class is not a second definition of it.
    chunks.add(chunk("docs/guide.md", ChunkKind.SECTION, 15, 20, "Client", "", List.of()));
    index = TestIndexes.lexical(root, files, chunks);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void whenNotAllDefinitionsFitTheLongestAreShownInLineOrder() {
    List<Location> defs = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < 10; i++) {
      defs.add(new Location("src/devtools.ts", line, line, "Alias" + i, "type", "", "", 0, ""));
      line += 2;
    }
    defs.add(new Location("src/devtools.ts", 40, 200, "devtoolsImpl", "function", "", "", 0, ""));
    defs.add(new Location("src/devtools.ts", 210, 230, "parseJsonThen", "function", "", "", 0, ""));
    List<Location> shown = FileOverview.largestInLineOrder(defs, 4);
    assertThat(shown)
        .extracting(Location::symbol)
        .containsExactly("Alias0", "Alias1", "devtoolsImpl", "parseJsonThen");
    // All fit: all, as they are.
    assertThat(FileOverview.largestInLineOrder(defs, 12)).isEqualTo(defs);
  }

  @Test
  void aNameFindsEveryFileOfThatNameCodeFirst() {
    assertThat(FileOverview.resolve(index.lexical(), "client.py"))
        .containsExactly("kite/client.py", "examples/client.py");
    assertThat(FileOverview.resolve(index.lexical(), "CLIENT.PY"))
        .containsExactly("kite/client.py", "examples/client.py");
    assertThat(FileOverview.resolve(index.lexical(), "kite/client.py"))
        .containsExactly("kite/client.py");
    assertThat(FileOverview.resolve(index.lexical(), "ient.py")).isEmpty();
    assertThat(FileOverview.resolve(index.lexical(), "kite")).isEmpty();
  }

  @Test
  void aModuleIsDescribedByItsDocstringDefinitionsAndUsers() {
    FileOverview f =
        FileOverview.of(index.lexical(), "kite/client.py", List.of("examples/client.py"));
    assertThat(f.language()).isEqualTo("python");
    assertThat(f.lines()).isEqualTo(50);
    assertThat(f.description().map(Location::doc)).hasValue("Talks to the Kite server.");
    assertThat(f.description().map(Location::citation)).hasValue("kite/client.py:1");
    assertThat(f.definitions())
        .extracting(Location::symbol, Location::citation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Client", "kite/client.py:5-40"),
            org.assertj.core.groups.Tuple.tuple("connect", "kite/client.py:42-50"));
    assertThat(f.mainType()).isEmpty();
    // cli.py uses Client twice; its call to connect is not counted, since other/conn.py defines a
    // connect of its own.
    assertThat(f.users()).containsExactly(new FileOverview.Use("kite/cli.py", 2));
    assertThat(f.tests()).containsExactly("tests/test_client.py");
    assertThat(f.others()).containsExactly("examples/client.py");
    assertThat(f.locations()).hasSize(3);
  }

  @Test
  void aFileThatIsOneLongClassListsItsMembersPublicOnesFirst() {
    FileOverview f = FileOverview.of(index.lexical(), "kite/session.py", List.of());
    assertThat(f.mainType()).hasValue("Session");
    assertThat(f.definitions())
        .extracting(Location::citation)
        .containsExactly("kite/session.py:1-90");
    // No docstring at the top: the main type's doc comment says what the file is.
    assertThat(f.description().map(Location::doc)).hasValue("Keeps cookies.");
    // 14 members, 3 of them private: 12 shown, in line order; the later private ones gave way.
    assertThat(f.members()).hasSize(12);
    assertThat(f.moreMembers()).isEqualTo(2);
    assertThat(f.members())
        .extracting(Location::symbol)
        .contains("Session.m13", "Session._m1")
        .doesNotContain("Session._m6", "Session._m11");
    assertThat(f.members())
        .isSortedAccordingTo(java.util.Comparator.comparingInt(Location::startLine));
  }

  @Test
  void namesBoundAtTheTopLevelAreDefinitionsAndTheirUsersCount() {
    FileOverview f = FileOverview.of(index.lexical(), "kite/globals.py", List.of());
    assertThat(f.definitions())
        .extracting(Location::symbol, Location::kind, Location::citation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("helper", "function", "kite/globals.py:1-3"),
            org.assertj.core.groups.Tuple.tuple(
                "_cv, current_app, g", FileOverview.NAMES_KIND, "kite/globals.py:4-9"),
            org.assertj.core.groups.Tuple.tuple("Proxy", "type", "kite/globals.py:10-12"));
    // views.py refers to current_app; `g` is too short and `_cv` private to be looked up.
    assertThat(f.users()).containsExactly(new FileOverview.Use("kite/views.py", 1));
    assertThat(index.lexical().definitions("current_app", 5))
        .extracting(LexicalIndex.Hit::path)
        .containsExactly("kite/globals.py");
  }

  @Test
  void aDocumentIsDescribedByItsSections() {
    FileOverview f = FileOverview.of(index.lexical(), "docs/guide.md", List.of());
    assertThat(f.definitions())
        .extracting(Location::symbol)
        .containsExactly("Guide", "Install", "Client");
    assertThat(f.users()).isEmpty();
  }
}
