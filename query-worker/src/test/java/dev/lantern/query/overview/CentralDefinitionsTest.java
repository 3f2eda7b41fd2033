package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralDefinitionsTest {
  @TempDir Path root;

  private static Chunk def(String path, ChunkKind kind, int line, String qualified) {
    String symbol = qualified.substring(qualified.lastIndexOf('.') + 1);
    return new Chunk(
        path,
        Language.fromPath(path),
        line,
        line + 1,
        kind,
        symbol,
        qualified,
        "",
        "Does " + symbol + ".",
        "x",
        List.of());
  }

  /** {@code n} chunks in {@code path} that each call {@code name}. */
  private static List<Chunk> callers(String path, String name, int n) {
    List<Chunk> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Chunk(
              path,
              Language.fromPath(path),
              100 + 2 * i,
              101 + 2 * i,
              ChunkKind.FUNCTION,
              "f" + i,
              "f" + i,
              "",
              "",
              name + "()",
              List.of(name)));
    }
    return out;
  }

  @Test
  void theMainFoldersMostUsedTopLevelDefinitionsComeFirst() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String p :
        List.of(
            "src/kite/client.py",
            "src/kite/retry.py",
            "src/kite/util.py",
            "tools/bench.py",
            "tests/test_client.py")) {
      files.put(p, "x = 1\n".repeat(200));
    }
    List<Chunk> chunks = new ArrayList<>();
    chunks.add(def("src/kite/client.py", ChunkKind.TYPE, 1, "Client"));
    chunks.add(def("src/kite/client.py", ChunkKind.FUNCTION, 5, "Client.send")); // a member
    chunks.add(def("src/kite/retry.py", ChunkKind.FUNCTION, 1, "backoff"));
    chunks.add(def("src/kite/retry.py", ChunkKind.FUNCTION, 5, "rarely"));
    // The same name in two files: whose references are they?
    chunks.add(def("src/kite/util.py", ChunkKind.FUNCTION, 1, "helper"));
    chunks.add(def("src/kite/retry.py", ChunkKind.FUNCTION, 9, "helper"));
    // Outside the main folder, or a test: not the codebase's own central pieces.
    chunks.add(def("tools/bench.py", ChunkKind.FUNCTION, 1, "measure"));
    chunks.add(def("tests/test_client.py", ChunkKind.FUNCTION, 1, "make_client"));
    chunks.addAll(callers("tests/test_client.py", "Client", 9));
    chunks.addAll(callers("src/kite/util.py", "backoff", 4));
    chunks.addAll(callers("src/kite/util.py", "send", 20));
    chunks.addAll(callers("src/kite/util.py", "helper", 20));
    chunks.addAll(callers("tools/bench.py", "measure", 30));
    chunks.addAll(callers("tools/bench.py", "make_client", 30));
    chunks.addAll(callers("src/kite/util.py", "rarely", 2));
    try (OpenIndex index = TestIndexes.lexical(root, files, chunks)) {
      List<CodebaseOverview.Central> central =
          CentralDefinitions.find(index.lexical(), "src/kite/");
      assertThat(central)
          .extracting(c -> c.location().symbol(), CodebaseOverview.Central::references)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Client", 9),
              org.assertj.core.groups.Tuple.tuple("backoff", 4));
      assertThat(central.get(0).location().citation()).isEqualTo("src/kite/client.py:1-2");
      assertThat(central.get(0).location().doc()).isEqualTo("Does Client.");
    }
  }
}
