package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.LexicalIndexWriter;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import dev.lantern.core.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnmatchedWordsTest {
  @TempDir Path dir;

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  /** path → chunks as {start, end, symbol, text}; one file document per path. */
  private LexicalIndex index(Map<String, List<String[]>> files) {
    try (LexicalIndexWriter w = new LexicalIndexWriter(dir)) {
      files.forEach(
          (path, chunks) -> {
            StringBuilder all = new StringBuilder();
            for (String[] c : chunks) {
              w.addChunk(
                  new Chunk(
                      path,
                      Language.fromPath(path),
                      Integer.parseInt(c[0]),
                      Integer.parseInt(c[1]),
                      ChunkKind.FUNCTION,
                      c[2],
                      c[2],
                      "",
                      "",
                      c[3],
                      List.of()));
              all.append(c[3]).append('\n');
            }
            w.addFile(SourceFile.of(path, all.toString()), 40);
          });
      w.commit();
    }
    return LexicalIndex.open(dir);
  }

  private LexicalIndex uploads() {
    Map<String, List<String[]>> files = new LinkedHashMap<>();
    files.put(
        "src/upload/client.py",
        List.of(
            new String[] {"1", "9", "send_upload", "def send_upload(f):\n    post(f.chunks())"},
            // Same file, but not the lines cited below.
            new String[] {"20", "30", "resume", "def resume(f):\n    # retry later\n    wait()"}));
    files.put(
        "src/upload/form.py",
        List.<String[]>of(
            new String[] {"1", "5", "UploadForm", "class UploadForm:\n    field = File()"}));
    files.put(
        "src/views.py",
        List.<String[]>of(
            new String[] {
              "10",
              "20",
              "dispatch",
              "def dispatch(req):\n    # retry with GET; this logic is handled here"
            }));
    // A word that many files hold.
    for (int i = 0; i < 4; i++) {
      files.put(
          "src/jobs/job" + i + ".py",
          List.<String[]>of(new String[] {"1", "3", "run" + i, "def run():\n    queue.put(1)"}));
    }
    return index(files);
  }

  /** The places an answer would cite: the upload function and the form. */
  private static List<Location> cited(LexicalIndex index) {
    List<Location> out = new ArrayList<>();
    for (int ord = 0; ord < index.chunkCount(); ord++) {
      var c = index.chunk(ord);
      if ((c.path().equals("src/upload/client.py") && c.startLine() == 1)
          || c.path().equals("src/upload/form.py")) {
        out.add(HybridRetriever.toLocation(c, 1));
      }
    }
    return out;
  }

  private List<UnmatchedWord> unmatched(LexicalIndex index, String question) {
    AnalyzedQuery q = analyzer.analyze(question);
    List<String> absent = AbsentWords.of(q, index, analyzer);
    return UnmatchedWords.of(q, absent, cited(index), index, analyzer);
  }

  @Test
  void saysWhereAWordIsThatTheCitedPlacesLack() {
    try (LexicalIndex index = uploads()) {
      List<UnmatchedWord> words = unmatched(index, "where are uploads retried?");
      assertThat(words).extracting(UnmatchedWord::word).containsExactly("retried");
      UnmatchedWord retry = words.get(0);
      // In two files; the place in the upload client matches the rest of the question, so first.
      assertThat(retry.files()).isEqualTo(2);
      assertThat(retry.places())
          .extracting(Location::path, Location::startLine)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("src/upload/client.py", 20),
              org.assertj.core.groups.Tuple.tuple("src/views.py", 10));
    }
  }

  @Test
  void aWordInALaterLocationIsReportedWithThatLocation() {
    try (LexicalIndex index = uploads()) {
      List<Location> places = new ArrayList<>(cited(index));
      Location dispatch = null;
      for (int ord = 0; ord < index.chunkCount(); ord++) {
        var c = index.chunk(ord);
        if (c.path().startsWith("src/jobs/")) {
          places.add(HybridRetriever.toLocation(c, 1));
        } else if (c.path().equals("src/views.py")) {
          dispatch = HybridRetriever.toLocation(c, 1);
        }
      }
      places.add(dispatch);
      AnalyzedQuery q = analyzer.analyze("where are uploads retried?");
      List<UnmatchedWord> words = UnmatchedWords.of(q, List.of(), places, index, analyzer);
      assertThat(words).hasSize(1);
      assertThat(words.get(0).inLocations()).containsExactly(6);
      assertThat(words.get(0).places()).containsExactly(dispatch);
      // Among the first few, it is not missing.
      places.add(1, places.remove(6));
      assertThat(UnmatchedWords.of(q, List.of(), places, index, analyzer)).isEmpty();
    }
  }

  @Test
  void aPlaceHoldingAnotherFormOfTheWordHoldsTheWord() {
    try (LexicalIndex index = uploads()) {
      // "posting" is nowhere, but the cited upload code says "post": with that form, the place
      // holds the word; without it, "posting" is missing from the places.
      AnalyzedQuery plain = analyzer.analyze("where are uploads posting?");
      assertThat(UnmatchedWords.of(plain, List.of(), cited(index), index, analyzer))
          .extracting(UnmatchedWord::word)
          .containsExactly("posting");
      AnalyzedQuery formed = plain.withForms(Map.of("posting", List.of("post")));
      assertThat(UnmatchedWords.of(formed, List.of(), cited(index), index, analyzer)).isEmpty();
      assertThat(AbsentWords.of(plain, index, analyzer)).containsExactly("posting");
      assertThat(AbsentWords.of(formed, index, analyzer)).isEmpty();
    }
  }

  @Test
  void staysQuietWhenThePlacesHoldEveryWordOrTheMissingOneIsMinor() {
    try (LexicalIndex index = uploads()) {
      assertThat(unmatched(index, "where are upload chunks posted?")).isEmpty();
      // One word of five, not found in the places: incidental, not the point of the question.
      assertThat(unmatched(index, "how does the upload form send file chunks and retry?"))
          .isEmpty();
      // A word in many files would point nowhere in particular.
      assertThat(unmatched(index, "where are uploads queued?")).isEmpty();
      // Words about code or doing in general are not what the question is about.
      assertThat(unmatched(index, "where is the upload logic?")).isEmpty();
      assertThat(unmatched(index, "where are uploads handled?")).isEmpty();
      // A word found nowhere at all is AbsentWords' to report, not this.
      assertThat(unmatched(index, "where are uploads throttled?")).isEmpty();
      // Issue reports are not checked word by word.
      assertThat(unmatched(index, "Uploads are not retried\nafter a timeout")).isEmpty();
    }
  }
}
