package dev.lantern.standalone.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.standalone.Lantern;
import dev.lantern.standalone.LanternConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lantern eval} on a real git mirror: each case is scored on the tree at its own commit, and
 * the candidate dump holds each case's gold and the evidence behind every ranked file.
 */
class EvalEndToEndTest {
  @TempDir Path work;
  @TempDir Path repos;
  @TempDir Path data;

  @AfterEach
  void clearProperties() {
    System.clearProperty("lantern.eval.dump");
  }

  @Test
  void scoresEachCaseAtItsCommitAndDumpsTheEvidence() throws Exception {
    String first;
    String second;
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(work.resolve("src"));
      Files.writeString(
          work.resolve("src/upload.py"),
          "def retry_upload(part):\n    \"\"\"Retry a failed upload with backoff.\"\"\"\n"
              + "    raise UploadError('upload failed after five attempts')\n");
      Files.writeString(
          work.resolve("src/login.py"),
          "def login(user, password):\n    return check_password(user, password)\n");
      git.add().addFilepattern(".").call();
      first = commit(git, "first");
      // The second commit moves the retry code: a case at the first commit must not see it.
      Files.move(work.resolve("src/upload.py"), work.resolve("src/transfer.py"));
      git.add().addFilepattern(".").call();
      git.rm().addFilepattern("src/upload.py").call();
      second = commit(git, "second");
    }
    Git.cloneRepository()
        .setURI(work.toUri().toString())
        .setBare(true)
        .setDirectory(repos.resolve("acme+demo").toFile())
        .call()
        .close();
    Path cases = data.resolve("cases.jsonl");
    Files.writeString(
        cases,
        caseLine(
                "c1",
                first,
                "Uploads are not retried\\nError: upload failed after five attempts",
                "src/upload.py")
            + caseLine("c2", second, "where are uploads retried with backoff?", "src/transfer.py")
            + caseLine("c3", second, "how does login check the password?", "docs/missing.md"));
    Path dump = data.resolve("dump.jsonl");
    System.setProperty("lantern.eval.dump", dump.toString());

    LanternConfig config =
        LanternConfig.fromEnvironment(Map.of(), Optional.of(data.resolve("home")))
            .withEmbeddings(false);
    EvalReport report;
    try (Lantern lantern = new Lantern(config)) {
      // The stats footer says semantic search was off, and why, instead of claiming it ran.
      assertThat(lantern.semanticStatus()).startsWith("off (").contains("embeddings disabled");
      report =
          lantern.eval(
              EvalCase.read(cases), repos, new PrintStream(new ByteArrayOutputStream(), true));
    }

    // c3's gold is not in the tree, so it cannot be scored; the other two rank their file first.
    EvalReport.Row overall = report.overall();
    assertThat(overall.n()).isEqualTo(2);
    assertThat(overall.acc1()).isEqualTo(1.0);
    assertThat(overall.mrr()).isEqualTo(1.0);

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines =
        Files.readAllLines(dump).stream()
            .map(
                l -> {
                  try {
                    return json.readTree(l);
                  } catch (Exception e) {
                    throw new AssertionError(l, e);
                  }
                })
            .toList();
    assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("c1", "c2", "c3");
    JsonNode c1 = lines.get(0);
    assertThat(c1.get("gold").get(0).asText()).isEqualTo("src/upload.py");
    JsonNode top = c1.get("files").get(0);
    assertThat(top.get("path").asText()).isEqualTo("src/upload.py");
    assertThat(top.get("role").asText()).isEqualTo("CODE");
    // ranks: file BM25, chunk BM25, vector, symbol, path, phrase, callers, callees (0 = absent).
    // No embeddings here.
    JsonNode ranks = top.get("ranks");
    assertThat(ranks.size()).isEqualTo(8);
    assertThat(ranks.get(0).asInt()).isEqualTo(1);
    assertThat(ranks.get(2).asInt()).isZero();
    assertThat(ranks.get(5).asInt()).as("the pasted error message is found verbatim").isEqualTo(1);
    assertThat(lines.get(1).get("files").get(0).get("path").asText()).isEqualTo("src/transfer.py");
    assertThat(lines.get(2).get("gold")).isEmpty();
  }

  private static String commit(Git git, String message) throws Exception {
    RevCommit c =
        git.commit()
            .setMessage(message)
            .setAuthor("t", "t@example.com")
            .setCommitter("t", "t@example.com")
            .setSign(false)
            .call();
    return c.getName();
  }

  private static String caseLine(String id, String commit, String question, String gold) {
    return "{\"id\":\""
        + id
        + "\",\"repo\":\"acme/demo\",\"commit\":\""
        + commit
        + "\",\"language\":\"python\",\"question\":\""
        + question
        + "\",\"gold_files\":[\""
        + gold
        + "\"]}\n";
  }
}
