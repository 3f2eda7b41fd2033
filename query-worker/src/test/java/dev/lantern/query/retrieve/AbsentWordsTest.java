package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.LexicalIndexWriter;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbsentWordsTest {
  @TempDir Path dir;

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  private LexicalIndex index() {
    try (LexicalIndexWriter w = new LexicalIndexWriter(dir)) {
      w.addChunk(
          new Chunk(
              "src/upload/client.py",
              Language.fromPath("src/upload/client.py"),
              1,
              9,
              ChunkKind.FUNCTION,
              "saveSession",
              "saveSession",
              "",
              "",
              "def saveSession(upload):\n    # retries twice before giving up\n    calls.done()",
              List.of()));
      w.commit();
    }
    return LexicalIndex.open(dir);
  }

  private List<String> absent(LexicalIndex index, String question) {
    return AbsentWords.of(analyzer.analyze(question), index, analyzer);
  }

  @Test
  void reportsWordsAndNamesThatOccurNowhere() {
    try (LexicalIndex index = index()) {
      // "retried" meets "retries" through the stemmer; "uploads" meets the path and the code. A
      // word is reported as the question spells it, not as its stem.
      assertThat(absent(index, "where are uploads retried or throttled?"))
          .containsExactly("throttled");
      // Names are reported as typed; a name that exists is not.
      assertThat(absent(index, "does saveSession call flushQueue?")).containsExactly("flushQueue");
      assertThat(absent(index, "where is saveSession?")).isEmpty();
    }
  }

  @Test
  void saysNothingAboutIssueReports() {
    try (LexicalIndex index = index()) {
      assertThat(absent(index, "Uploads are throttled\nSee the log from my server")).isEmpty();
      assertThat(absent(index, "throttled " + "upload ".repeat(60))).isEmpty();
    }
  }
}
