package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.LexicalIndexWriter;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallNeighboursTest {
  @TempDir Path dir;

  private final List<Chunk> chunks = new ArrayList<>();

  private int def(String path, String symbol, String text, String... refs) {
    chunks.add(
        new Chunk(
            path,
            Language.fromPath(path),
            1,
            5,
            ChunkKind.FUNCTION,
            symbol,
            symbol,
            "",
            "",
            text,
            List.of(refs)));
    return chunks.size() - 1;
  }

  private LexicalIndex build() {
    try (LexicalIndexWriter w = new LexicalIndexWriter(dir)) {
      for (Chunk c : chunks) {
        w.addChunk(c);
      }
      w.commit();
    }
    return LexicalIndex.open(dir);
  }

  @Test
  void findsCallersOfWhatTheSeedDefinesBestScoredFirstAndSkipsCommonNames() {
    int seed = def("src/sessions.py", "save_session", "def save_session(resp): pass");
    int popper = def("src/ctx.py", "pop", "iface.save_session(resp)", "save_session");
    def("src/app.py", "finish", "self.iface.save_session(r)", "save_session");
    // A same-file caller is not a neighbour.
    def("src/sessions.py", "helper", "save_session(x)", "save_session");
    // "render" is called from everywhere: its callers say nothing about the question.
    int common = def("src/view.py", "render", "def render(): pass");
    for (int i = 0; i <= CallNeighbours.MAX_REFERRERS; i++) {
      def("src/page" + i + ".py", "page" + i, "render()", "render");
    }
    try (LexicalIndex index = build()) {
      CallNeighbours n = new CallNeighbours(index, index::chunk);
      // The caller that already scores well for the question comes first.
      assertThat(n.callers(List.of(seed), Map.of(popper, 0.5)))
          .containsExactly("src/ctx.py", "src/app.py");
      assertThat(n.callers(List.of(common), Map.of())).isEmpty();
    }
  }

  @Test
  void findsDefinitionsOfWhatTheSeedUsesAndSkipsAmbiguousNames() {
    int seed =
        def(
            "src/sessions.py",
            "save_session",
            "def save_session(resp):\n    data = TaggedSerializer().dumps(session)\n"
                + "    sign_cookie(data)\n    stream.close()");
    def("src/tag.py", "TaggedSerializer", "class TaggedSerializer: pass");
    def("src/crypto.py", "sign_cookie", "def sign_cookie(value): pass");
    for (int i = 0; i <= CallNeighbours.MAX_DEFINITIONS; i++) {
      def("src/io" + i + ".py", "close", "def close(): pass");
    }
    try (LexicalIndex index = build()) {
      CallNeighbours n = new CallNeighbours(index, index::chunk);
      AnalyzedQuery q = new QueryAnalyzer().analyze("where is the session cookie signed?");
      // sign_cookie shares "sign" and "cookie" with the question, so it leads; close is skipped.
      assertThat(n.callees(List.of(seed), q)).containsExactly("src/crypto.py", "src/tag.py");
      assertThat(CallNeighbours.sharedWords("sign_cookie", q)).isEqualTo(2);
      assertThat(CallNeighbours.sharedWords("TaggedSerializer", q)).isZero();
    }
  }
}
