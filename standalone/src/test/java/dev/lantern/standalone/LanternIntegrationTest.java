package dev.lantern.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.index.IndexManifest;
import dev.lantern.core.index.faiss.Faiss;
import dev.lantern.core.progress.Progress;
import dev.lantern.core.progress.Stage;
import dev.lantern.indexer.pipeline.BuildResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone runtime end to end: index a small codebase, ask, re-index, list, delete. */
class LanternIntegrationTest {
  @TempDir Path data;
  @TempDir Path code;

  private LanternConfig config(boolean embeddings) {
    return LanternConfig.fromEnvironment(Map.of(), Optional.of(data)).withEmbeddings(embeddings);
  }

  private void writeCodebase() throws Exception {
    Files.createDirectories(code.resolve("src/upload"));
    Files.writeString(
        code.resolve("src/upload/UploadClient.java"),
        """
        package upload;

        /** Sends files to the storage service. */
        public class UploadClient {
          /** Retries a failed chunk upload with exponential backoff. */
          public void retryUpload(String id) {
            for (int attempt = 0; attempt < 5; attempt++) {
              sleep(backoffMillis(attempt));
            }
          }

          long backoffMillis(int attempt) {
            return 100L << attempt;
          }
        }
        """);
    Files.writeString(
        code.resolve("src/auth.py"),
        """
        def login(user, password):
            \"\"\"Checks a password against the stored hash and starts a session.\"\"\"
            return verify(password, user.hash)
        """);
    Files.writeString(code.resolve("README.md"), "# Demo\nUploads files.\n");
  }

  private static String answer(List<AnswerEvent> events) {
    return events.stream()
        .filter(e -> e instanceof AnswerEvent.Done)
        .map(e -> ((AnswerEvent.Done) e).text())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Done event in " + events));
  }

  @Test
  void indexAskReindexListDelete() throws Exception {
    writeCodebase();
    try (Lantern lantern = new Lantern(config(true))) {
      List<Progress> progress = new ArrayList<>();
      BuildResult first =
          lantern.index(
              code.toString(),
              Optional.empty(),
              Optional.of("demo"),
              progress::add,
              new PrintStream(new ByteArrayOutputStream()));
      IndexManifest m = first.manifest();
      assertThat(m.files()).isEqualTo(3);
      assertThat(m.vectors())
          .as(m.vectorsNote())
          .isEqualTo(
              Faiss.availability().available()
                  ? IndexManifest.VectorState.READY
                  : IndexManifest.VectorState.UNAVAILABLE);
      assertThat(progress).extracting(Progress::stage).contains(Stage.CHUNK, Stage.LEXICAL);
      assertThat(first.millisToSearchable())
          .isLessThanOrEqualTo(
              first.millisToSemantic() < 0 ? Long.MAX_VALUE : first.millisToSemantic());

      List<AnswerEvent> events = new ArrayList<>();
      lantern.ask("demo", "where are uploads retried?", 5, events::add);
      assertThat(events.get(0)).isInstanceOf(AnswerEvent.Searching.class);
      // The class is small, so it is one chunk (with its package line): the answer names it.
      assertThat(answer(events))
          .startsWith(
              "The most relevant code is the type `UploadClient` (src/upload/UploadClient.java:1-15).")
          .contains("Sends files to the storage service.");

      // Re-index after changing one function: only its chunk is embedded again.
      Files.writeString(
          code.resolve("src/auth.py"),
          Files.readString(code.resolve("src/auth.py"))
              .replace("starts a session", "opens a session"));
      BuildResult second =
          lantern.index(
              code.toString(),
              Optional.empty(),
              Optional.of("demo"),
              p -> {},
              new PrintStream(new ByteArrayOutputStream()));
      if (second.manifest().vectors() == IndexManifest.VectorState.READY) {
        assertThat(first.chunksEmbedded()).isEqualTo(first.manifest().chunks());
        assertThat(second.chunksEmbedded()).isEqualTo(1);
      }
      assertThat(lantern.list()).extracting(IndexManifest::codebase).containsExactly("demo");
      assertThat(lantern.delete("demo")).isTrue();
      assertThat(lantern.list()).isEmpty();
    }
  }

  @Test
  void withoutFaissKeywordSearchStillAnswersAndSaysWhy() throws Exception {
    writeCodebase();
    System.setProperty(Faiss.DISABLE_PROPERTY, "true");
    try (Lantern lantern = new Lantern(config(true))) {
      BuildResult built =
          lantern.index(
              code.toString(),
              Optional.empty(),
              Optional.of("nofaiss"),
              p -> {},
              new PrintStream(new ByteArrayOutputStream()));
      assertThat(built.manifest().vectors()).isEqualTo(IndexManifest.VectorState.UNAVAILABLE);
      assertThat(built.manifest().vectorsNote()).contains(Faiss.DISABLE_PROPERTY);
      List<AnswerEvent> events = new ArrayList<>();
      lantern.ask("nofaiss", "how does login check the password?", 5, events::add);
      assertThat(events)
          .anySatisfy(
              e ->
                  assertThat(e)
                      .isInstanceOfSatisfying(
                          AnswerEvent.Notice.class,
                          n ->
                              assertThat(n.message())
                                  .contains("Semantic search is unavailable")
                                  .contains("keyword search only")));
      assertThat(answer(events)).contains("login").contains("src/auth.py:1-3");
    } finally {
      System.clearProperty(Faiss.DISABLE_PROPERTY);
    }
  }
}
