package dev.lantern.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.index.IndexManifest;
import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import dev.lantern.query.answer.CallerLookup;
import dev.lantern.query.answer.ExtractiveAnswerer;
import dev.lantern.query.retrieve.HybridRetriever;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionServiceTest {
  @TempDir Path root;
  private OpenIndex index;
  private QuestionService service;

  @BeforeEach
  void indexTwoFiles() {
    String upload =
        "def retry_upload(part):\n    \"\"\"Retry a failed upload with backoff.\"\"\"\n"
            + "    backoff.sleep()\n    return send(part)\n";
    String login = "def login(user, password):\n    return check(password)\n";
    index =
        TestIndexes.lexical(
            root,
            Map.of("app/upload.py", upload, "app/auth.py", login),
            List.of(
                chunk("app/upload.py", 4, "retry_upload", upload),
                chunk("app/auth.py", 2, "login", login)));
    service =
        new QuestionService(
            new HybridRetriever(index, Optional.empty()),
            new ExtractiveAnswerer(CallerLookup.none()));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static Chunk chunk(String path, int lines, String symbol, String text) {
    return new Chunk(
        path,
        Language.PYTHON,
        1,
        lines,
        ChunkKind.FUNCTION,
        symbol,
        symbol,
        "",
        "",
        text,
        List.of());
  }

  private List<AnswerEvent> ask(String question) {
    List<AnswerEvent> events = new ArrayList<>();
    service.ask(question, 5, events::add);
    return events;
  }

  @Test
  void aQuestionIsAnsweredAsSearchingNoticeSourcesTextThenDone() {
    List<AnswerEvent> events = ask("where are uploads retried?");
    assertThat(events.get(0)).isInstanceOf(AnswerEvent.Searching.class);
    assertThat(((AnswerEvent.Searching) events.get(0)).terms()).contains("uploads", "retried");
    // This index has no vectors, and the answer says so before it starts.
    assertThat(((AnswerEvent.Notice) events.get(1)).message()).contains("keyword search only");
    assertThat(events.get(2)).isInstanceOf(AnswerEvent.Sources.class);
    assertThat(((AnswerEvent.Sources) events.get(2)).locations().get(0).citation())
        .isEqualTo("app/upload.py:1-4");
    assertThat(events.subList(3, events.size() - 1))
        .isNotEmpty()
        .allMatch(e -> e instanceof AnswerEvent.Token);
    AnswerEvent.Done done = (AnswerEvent.Done) events.get(events.size() - 1);
    assertThat(done.text()).contains("`retry_upload` (app/upload.py:1-4)");
    assertThat(done.unverifiedCitations()).isEmpty();
  }

  @Test
  void anIndexFromAnEarlierVersionIsAnsweredWithAdviceToIndexAgain(@TempDir Path old) {
    String text = "def retry_upload(part):\n    return send(part)\n";
    try (OpenIndex earlier =
        TestIndexes.publish(
            old,
            w -> {
              w.addFile(SourceFile.of("app/upload.py", text), 2);
              w.addChunk(chunk("app/upload.py", 2, "retry_upload", text));
            },
            IndexManifest.VectorState.DISABLED,
            IndexManifest.FORMAT_VERSION - 1)) {
      QuestionService onOld =
          new QuestionService(
              new HybridRetriever(earlier, Optional.empty()),
              new ExtractiveAnswerer(CallerLookup.none()));
      List<AnswerEvent> events = new ArrayList<>();
      onOld.ask("where are uploads retried?", 5, events::add);
      assertThat(events)
          .filteredOn(e -> e instanceof AnswerEvent.Notice)
          .extracting(e -> ((AnswerEvent.Notice) e).message())
          .containsExactly(
              "Semantic search is off for this index (it was built without embeddings); these"
                  + " results come from keyword search only.",
              "This codebase was indexed by an earlier version of Lantern; index it again for"
                  + " the current search quality.");
      // The answer still comes.
      assertThat(((AnswerEvent.Done) events.get(events.size() - 1)).text())
          .contains("`retry_upload` (app/upload.py:1-2)");
    }
    // An index of this version gets no such advice.
    assertThat(ask("where are uploads retried?"))
        .filteredOn(e -> e instanceof AnswerEvent.Notice)
        .extracting(e -> ((AnswerEvent.Notice) e).message())
        .noneMatch(m -> m.contains("earlier version"));
  }

  @Test
  void emptyAndOverlongQuestionsAreRefusedWithTheReason() {
    assertThat(ask("   \n ")).singleElement().isEqualTo(error("the question is empty"));
    List<AnswerEvent> tooLong = ask("where " + "x".repeat(QuestionService.MAX_QUESTION_CHARS));
    assertThat(tooLong).singleElement().isInstanceOf(AnswerEvent.Error.class);
    assertThat(((AnswerEvent.Error) tooLong.get(0)).message())
        .contains((QuestionService.MAX_QUESTION_CHARS + 6) + " characters")
        .contains("limit is " + QuestionService.MAX_QUESTION_CHARS);
  }

  @Test
  void aQuestionWithNothingToSearchForIsRefusedInsteadOfAnsweredWithNoise() {
    for (String q : List.of("???", "how does it?", "Where is it, and why?")) {
      List<AnswerEvent> events = ask(q);
      assertThat(events).as(q).singleElement().isInstanceOf(AnswerEvent.Error.class);
      AnswerEvent.Error e = (AnswerEvent.Error) events.get(0);
      assertThat(e.code()).isEqualTo("BAD_REQUEST");
      assertThat(e.message()).contains("no words to search for");
    }
    // One real word is enough to search.
    assertThat(ask("how does login work?").get(0)).isInstanceOf(AnswerEvent.Searching.class);
  }

  @Test
  void aQuestionAboutTheWholeCodebaseGetsItsOverviewInsteadOfASearch() {
    List<AnswerEvent> events = ask("what does this project do?");
    assertThat(events.get(0))
        .isEqualTo(new AnswerEvent.Searching("what does this project do?", List.of()));
    assertThat(events.get(1)).isInstanceOf(AnswerEvent.Sources.class);
    AnswerEvent.Done done = (AnswerEvent.Done) events.get(events.size() - 1);
    assertThat(done.text())
        .contains("no README")
        .contains(
            "Its code (2 files of 2 indexed) is laid out as:\n- `app/` (2): `auth.py`, `upload.py`")
        .contains("I found no declared command");
    // Without the overview, its words would be searched and the login code would come up.
    assertThat(done.text()).doesNotContain("login");
  }

  @Test
  void aQuestionAboutOneFileGetsItsOutlineInsteadOfASearch() {
    List<AnswerEvent> events = ask("what does upload.py do?");
    assertThat(events.get(0))
        .isEqualTo(new AnswerEvent.Searching("what does upload.py do?", List.of("upload.py")));
    assertThat(((AnswerEvent.Sources) events.get(1)).locations())
        .extracting(l -> l.citation())
        .containsExactly("app/upload.py:1-4");
    AnswerEvent.Done done = (AnswerEvent.Done) events.get(events.size() - 1);
    assertThat(done.text())
        .startsWith("`app/upload.py` is a Python file of 4 lines.")
        .contains("It defines:\n- `retry_upload` (app/upload.py:1-4)\n");
    // A file the index does not hold is searched for like any other words.
    List<AnswerEvent> missing = ask("what does download.py do?");
    assertThat(((AnswerEvent.Searching) missing.get(0)).terms()).contains("download");
  }

  @Test
  void aQuestionAboutOneFolderGetsItsOutline() {
    List<AnswerEvent> events = ask("what is in the app/ folder?");
    assertThat(events.get(0))
        .isEqualTo(new AnswerEvent.Searching("what is in the app/ folder?", List.of("app")));
    AnswerEvent.Done done = (AnswerEvent.Done) events.get(events.size() - 1);
    assertThat(done.text())
        .startsWith("`app/` holds 2 files.")
        .contains("- `upload.py` (4 lines)\n- `auth.py` (2 lines)\n");
  }

  @Test
  void aQuestionAboutAKindOfFileGetsTheFolderThatHoldsThem() {
    // No folder is named "apps" (the folder is app/): searched.
    List<AnswerEvent> events = ask("where do the apps live?");
    assertThat(((AnswerEvent.Done) events.get(events.size() - 1)).text()).doesNotContain("holds");
    // Files in a folder of that name: the folder's outline.
    index.close();
    String t = "def test_upload():\n    assert retry_upload(1)\n";
    index =
        TestIndexes.lexical(
            root.resolve("second"),
            Map.of("app/upload.py", "def retry_upload(p):\n    pass\n", "tests/test_upload.py", t),
            List.of(
                chunk("app/upload.py", 2, "retry_upload", "def retry_upload(p):\n    pass\n"),
                chunk("tests/test_upload.py", 2, "test_upload", t)));
    service =
        new QuestionService(
            new HybridRetriever(index, Optional.empty()),
            new ExtractiveAnswerer(CallerLookup.none()));
    events = ask("where are the tests?");
    assertThat(events.get(0))
        .isEqualTo(new AnswerEvent.Searching("where are the tests?", List.of("tests/")));
    assertThat(((AnswerEvent.Done) events.get(events.size() - 1)).text())
        .startsWith("`tests/` holds 1 file.");
  }

  @Test
  void aModuleOrFolderNamedWithoutExtensionOrSlashGetsItsOutline() throws Exception {
    String main = "def main():\n    run()\n";
    String upload = "def retry_upload(part):\n    return send(part)\n";
    try (OpenIndex both =
        TestIndexes.lexical(
            root.resolve("both"),
            Map.of("app.py", main, "app/upload.py", upload),
            List.of(
                chunk("app.py", 2, "main", main),
                chunk("app/upload.py", 2, "retry_upload", upload)))) {
      QuestionService s =
          new QuestionService(
              new HybridRetriever(both, Optional.empty()),
              new ExtractiveAnswerer(CallerLookup.none()));
      List<AnswerEvent> module = new ArrayList<>();
      s.ask("what does the upload module do?", 5, module::add);
      assertThat(module.get(0))
          .isEqualTo(
              new AnswerEvent.Searching("what does the upload module do?", List.of("upload")));
      assertThat(((AnswerEvent.Done) module.get(module.size() - 1)).text())
          .startsWith("`app/upload.py` is a Python file of 2 lines.");
      // "package" and "folder" name the folder even where a file of that name exists; "module"
      // names the file.
      // A folder of one file is told by that file's outline.
      List<AnswerEvent> pkg = new ArrayList<>();
      s.ask("what is in the app package?", 5, pkg::add);
      assertThat(((AnswerEvent.Done) pkg.get(pkg.size() - 1)).text())
          .startsWith("`app/upload.py` is a Python file of 2 lines.");
      List<AnswerEvent> file = new ArrayList<>();
      s.ask("explain the app module", 5, file::add);
      assertThat(((AnswerEvent.Done) file.get(file.size() - 1)).text())
          .startsWith("`app.py` is a Python file of 2 lines.");
      // Without such a word, a bare name is searched.
      List<AnswerEvent> searched = new ArrayList<>();
      s.ask("what does upload do?", 5, searched::add);
      assertThat(((AnswerEvent.Done) searched.get(searched.size() - 1)).text())
          .doesNotStartWith("`app/upload.py` is a");
    }
  }

  @Test
  void theSearchShowsTheFormsAWordIsAlsoSearchedIn() throws Exception {
    String clean =
        "def clean_tmp(root):\n    # remove tmp files left by uploads\n    purge(root)\n";
    try (OpenIndex tmp =
        TestIndexes.lexical(
            root.resolve("tmp"),
            Map.of("src/cleanup.py", clean),
            List.of(chunk("src/cleanup.py", 3, "clean_tmp", clean)))) {
      QuestionService s =
          new QuestionService(
              new HybridRetriever(tmp, Optional.empty()),
              new ExtractiveAnswerer(CallerLookup.none()));
      List<AnswerEvent> events = new ArrayList<>();
      s.ask("how are temporary files removed?", 5, events::add);
      assertThat(((AnswerEvent.Searching) events.get(0)).terms())
          .contains("temporary (or tmp)", "files", "removed");
      AnswerEvent.Done done = (AnswerEvent.Done) events.get(events.size() - 1);
      assertThat(done.text()).contains("`clean_tmp` (src/cleanup.py:1-3)");
    }
  }

  @Test
  void wordsTheAnswerCannotBeAboutComeBeforeTheSources() {
    List<AnswerEvent> events = ask("where are uploads throttled?");
    assertThat(events.get(2))
        .isEqualTo(new AnswerEvent.MissingWords(List.of("throttled"), List.of()));
    assertThat(events.get(3)).isInstanceOf(AnswerEvent.Sources.class);
    // Nothing is missing here: no such event.
    assertThat(ask("where are uploads retried?"))
        .noneMatch(e -> e instanceof AnswerEvent.MissingWords);
  }

  @Test
  void aQuestionAboutOneClassGetsItsOutlineAndAPlainWordIsSearched() throws Exception {
    String kite = "class UploadQueue:\n    def push(self, part):\n        pass\n";
    try (OpenIndex typed =
        TestIndexes.lexical(
            root.resolve("typed"),
            Map.of("app/queue.py", kite),
            List.of(
                new Chunk(
                    "app/queue.py",
                    Language.PYTHON,
                    1,
                    3,
                    ChunkKind.TYPE,
                    "UploadQueue",
                    "UploadQueue",
                    "class UploadQueue:",
                    "",
                    kite,
                    List.of())))) {
      QuestionService s =
          new QuestionService(
              new HybridRetriever(typed, Optional.empty()),
              new ExtractiveAnswerer(CallerLookup.none()));
      List<AnswerEvent> events = new ArrayList<>();
      s.ask("what does the UploadQueue class do?", 5, events::add);
      assertThat(events.get(0))
          .isEqualTo(
              new AnswerEvent.Searching(
                  "what does the UploadQueue class do?", List.of("UploadQueue")));
      assertThat(((AnswerEvent.Done) events.get(events.size() - 1)).text())
          .startsWith("`UploadQueue` is a class in app/queue.py:1-3")
          .contains("- `UploadQueue.push` (app/queue.py:2-3)");
      // A name that is no type of this codebase is searched for.
      events.clear();
      s.ask("what does the DownloadQueue class do?", 5, events::add);
      assertThat(((AnswerEvent.Searching) events.get(0)).terms()).contains("DownloadQueue");
    }
  }

  private static AnswerEvent.Error error(String message) {
    return new AnswerEvent.Error("BAD_REQUEST", message);
  }
}
