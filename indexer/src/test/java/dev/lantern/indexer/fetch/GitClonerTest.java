package dev.lantern.indexer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.ArchiveLimits;
import dev.lantern.core.policy.GitUrlPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clones from a real git server on loopback serving repositories built in the test: commits c1
 * (tagged v1.0, branch "old"), c2 (no ref points at it) and c3 (main).
 */
class GitClonerTest {
  @TempDir static Path shared;
  @TempDir Path work;
  static GitServerFixture server;
  static String url;
  static String strictUrl;
  static String emptyUrl;
  static String bigUrl;
  static RevCommit c1;
  static RevCommit c2;
  static RevCommit c3;

  @BeforeAll
  static void startServer() throws Exception {
    Path src = shared.resolve("src");
    try (Git git = Git.init().setDirectory(src.toFile()).setInitialBranch("main").call()) {
      c1 = commit(git, src, "app.py", "VERSION = 1\n", "v1");
      git.tag().setName("v1.0").setAnnotated(true).setMessage("release").call();
      git.branchCreate().setName("old").setStartPoint(c1).call();
      c2 = commit(git, src, "app.py", "VERSION = 2\n", "v2");
      Files.writeString(src.resolve("new.py"), "x = 1\n");
      c3 = commit(git, src, "app.py", "VERSION = 3\n", "v3");
    }
    Path empty = shared.resolve("empty.git");
    Git.init().setBare(true).setDirectory(empty.toFile()).call().close();
    Path big = shared.resolve("big");
    try (Git git = Git.init().setDirectory(big.toFile()).setInitialBranch("main").call()) {
      byte[] noise = new byte[600 << 10]; // random: does not compress, so the pack is as large
      new Random(42).nextBytes(noise);
      Files.write(big.resolve("blob.bin"), noise);
      commit(git, big, "README.md", "# big\n", "big");
    }
    server = new GitServerFixture();
    url = server.serve("demo", src.resolve(".git"));
    strictUrl = server.serve("strict", src.resolve(".git"), false);
    emptyUrl = server.serve("empty", empty);
    bigUrl = server.serve("big", big.resolve(".git"));
  }

  private static RevCommit commit(Git git, Path dir, String file, String text, String message)
      throws Exception {
    Files.writeString(dir.resolve(file), text);
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("t", "t@example.com").call();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  /** Loopback and http allowed, as the test server needs. */
  private static GitCloner cloner() {
    return cloner(Duration.ofSeconds(30), ArchiveLimits.defaults());
  }

  private static GitCloner cloner(Duration limit, ArchiveLimits limits) {
    return new GitCloner(
        new GitUrlPolicy(true, List.of("*"), true), limit, Optional.empty(), limits);
  }

  private String version(Path tree) throws Exception {
    return Files.readString(tree.resolve("app.py")).strip();
  }

  @Test
  void clonesTheDefaultBranchABranchAndATag() throws Exception {
    Path head = work.resolve("head");
    assertThat(cloner().cloneInto(url, Optional.empty(), head)).isEqualTo(c3.name());
    assertThat(version(head)).isEqualTo("VERSION = 3");
    assertThat(head.resolve("new.py")).exists();
    assertThat(head.resolve(".git")).doesNotExist();

    Path branch = work.resolve("branch");
    assertThat(cloner().cloneInto(url, Optional.of("old"), branch)).isEqualTo(c1.name());
    assertThat(version(branch)).isEqualTo("VERSION = 1");
    assertThat(branch.resolve("new.py")).doesNotExist();

    Path tag = work.resolve("tag");
    assertThat(cloner().cloneInto(url, Optional.of("v1.0"), tag)).isEqualTo(c1.name());
    assertThat(version(tag)).isEqualTo("VERSION = 1");

    try (Stream<Path> s = Files.list(work)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("the temporary git directories are gone")
          .containsExactlyInAnyOrder("head", "branch", "tag");
    }
  }

  @Test
  void clonesACommitByFullOrShortIdEvenWhenNoRefPointsAtIt() throws Exception {
    Path full = work.resolve("full");
    assertThat(cloner().cloneInto(url, Optional.of(c2.name()), full)).isEqualTo(c2.name());
    assertThat(version(full)).isEqualTo("VERSION = 2");

    Path shortId = work.resolve("short");
    assertThat(cloner().cloneInto(url, Optional.of(c2.name().substring(0, 8)), shortId))
        .isEqualTo(c2.name());
    assertThat(version(shortId)).isEqualTo("VERSION = 2");

    Path tipById = work.resolve("tip");
    assertThat(cloner().cloneInto(url, Optional.of(c1.name()), tipById)).isEqualTo(c1.name());
  }

  @Test
  void fallsBackToAFullFetchWhenTheServerRefusesWantsById() throws Exception {
    Path t = work.resolve("strict");
    assertThat(cloner().cloneInto(strictUrl, Optional.of(c2.name()), t)).isEqualTo(c2.name());
    assertThat(version(t)).isEqualTo("VERSION = 2");
  }

  @Test
  void unknownRefsEmptyAndMissingRepositoriesAreClearErrors() {
    Path t = work.resolve("x");
    assertFails(
        () -> cloner().cloneInto(url, Optional.of("nope"), t),
        ErrorCode.GIT_REF_NOT_FOUND,
        "branch, tag or commit 'nope' not found in " + url);
    assertFails(
        () -> cloner().cloneInto(url, Optional.of("deadbeef00"), t),
        ErrorCode.GIT_REF_NOT_FOUND,
        "branch, tag or commit 'deadbeef00' not found in " + url);
    assertFails(
        () -> cloner().cloneInto(emptyUrl, Optional.empty(), t),
        ErrorCode.EMPTY_SOURCE,
        "the repository has no commits (" + emptyUrl + ")");
    assertFails(
        () -> cloner().cloneInto(server.base() + "/missing.git", Optional.empty(), t),
        ErrorCode.GIT_FAILED,
        "cannot clone " + server.base() + "/missing.git: there is no git repository at that");
    assertThat(t).doesNotExist();
    assertThat(work.resolve("x.git")).doesNotExist();
  }

  @Test
  void theDefaultPolicyRefusesPlainHttpAndLoopbackBeforeConnecting() {
    Path t = work.resolve("y");
    GitCloner strict =
        new GitCloner(
            new GitUrlPolicy(false, List.of("*"), false), Duration.ofSeconds(30), Optional.empty());
    assertFails(
        () -> strict.cloneInto(url, Optional.empty(), t),
        ErrorCode.URL_REFUSED,
        "only https:// git URLs are accepted (got " + url + ")");
    GitCloner httpOk =
        new GitCloner(
            new GitUrlPolicy(true, List.of("*"), false), Duration.ofSeconds(30), Optional.empty());
    assertFails(
        () -> httpOk.cloneInto(url, Optional.empty(), t),
        ErrorCode.URL_REFUSED,
        "resolves to 127.0.0.1, a loopback address; refusing (server-side request forgery");
    assertThat(t).doesNotExist();
  }

  @Test
  void aTokenIsNeverSentOverPlainHttp() {
    GitCloner withToken =
        new GitCloner(
            new GitUrlPolicy(true, List.of("*"), true),
            Duration.ofSeconds(30),
            Optional.of("ghp_SECRET"));
    assertThatThrownBy(() -> withToken.cloneInto(url, Optional.empty(), work.resolve("z")))
        .isInstanceOf(LanternException.class)
        .hasMessage("a git token is only sent over https (got " + url + ")")
        .message()
        .doesNotContain("ghp_SECRET");
  }

  @Test
  void aServerThatStopsAnsweringHitsTheTimeLimit() throws Exception {
    String silent = server.silentUrl();
    Path t = work.resolve("slow");
    long start = System.nanoTime();
    assertFails(
        () ->
            cloner(Duration.ofSeconds(1), ArchiveLimits.defaults())
                .cloneInto(silent, Optional.empty(), t),
        ErrorCode.TIMEOUT,
        "cloning " + silent + " took longer than the limit of 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    assertThat(t).doesNotExist();
  }

  @Test
  void theDownloadAndCheckoutAreCappedInSize() {
    Path t = work.resolve("big");
    assertFails(
        () ->
            cloner(Duration.ofSeconds(30), new ArchiveLimits(1000, 256 << 10, 1 << 20, 100))
                .cloneInto(bigUrl, Optional.empty(), t),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "256 KiB; the limit is 256 KiB");
    assertThat(t).doesNotExist();
    assertThat(work.resolve("big.git")).doesNotExist();
  }

  @Test
  void aCheckoutSkipsFilesOverThePerFileLimit() throws Exception {
    Path t = work.resolve("big");
    cloner(Duration.ofSeconds(30), new ArchiveLimits(1000, 10 << 20, 100 << 10, 100))
        .cloneInto(bigUrl, Optional.empty(), t);
    assertThat(t.resolve("README.md")).hasContent("# big\n");
    assertThat(t.resolve("blob.bin")).doesNotExist();
  }

  private static void assertFails(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(LanternException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(code));
  }
}
