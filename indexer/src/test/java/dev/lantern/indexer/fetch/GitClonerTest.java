package dev.lantern.indexer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.GitUrlPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clones from a real git server on loopback serving a repository built in the test. */
class GitClonerTest {
  @TempDir static Path shared;
  @TempDir Path work;
  static GitServerFixture server;
  static String url;
  static String emptyUrl;
  static RevCommit first;
  static RevCommit second;

  @BeforeAll
  static void startServer() throws Exception {
    Path src = shared.resolve("src");
    try (Git git = Git.init().setDirectory(src.toFile()).setInitialBranch("main").call()) {
      Files.writeString(src.resolve("app.py"), "VERSION = 1\n");
      git.add().addFilepattern(".").call();
      first = git.commit().setMessage("v1").setAuthor("t", "t@example.com").call();
      git.tag().setName("v1.0").call();
      Files.writeString(src.resolve("app.py"), "VERSION = 2\n");
      Files.writeString(src.resolve("new.py"), "x = 1\n");
      git.add().addFilepattern(".").call();
      second = git.commit().setMessage("v2").setAuthor("t", "t@example.com").call();
      git.branchCreate().setName("old").setStartPoint(first).call();
    }
    Path empty = shared.resolve("empty.git");
    Git.init().setBare(true).setDirectory(empty.toFile()).call().close();
    server = new GitServerFixture();
    url = server.serve("demo", src.resolve(".git"));
    emptyUrl = server.serve("empty", empty);
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private static GitCloner cloner(boolean permissive) {
    return new GitCloner(
        new GitUrlPolicy(permissive, List.of("*"), permissive),
        Duration.ofSeconds(30),
        Optional.empty());
  }

  @Test
  void clonesTheDefaultBranchABranchATagAndACommit() throws Exception {
    Path head = work.resolve("head");
    assertThat(cloner(true).cloneInto(url, Optional.empty(), head)).isEqualTo(second.name());
    assertThat(Files.readString(head.resolve("app.py"))).isEqualTo("VERSION = 2\n");
    assertThat(Files.exists(head.resolve(".git"))).isFalse();

    Path branch = work.resolve("branch");
    assertThat(cloner(true).cloneInto(url, Optional.of("old"), branch)).isEqualTo(first.name());
    assertThat(Files.readString(branch.resolve("app.py"))).isEqualTo("VERSION = 1\n");
    assertThat(Files.exists(branch.resolve("new.py"))).isFalse();

    Path tag = work.resolve("tag");
    cloner(true).cloneInto(url, Optional.of("v1.0"), tag);
    assertThat(Files.readString(tag.resolve("app.py"))).isEqualTo("VERSION = 1\n");

    Path commit = work.resolve("commit");
    assertThat(cloner(true).cloneInto(url, Optional.of(first.name()), commit))
        .isEqualTo(first.name());
    assertThat(Files.readString(commit.resolve("app.py"))).isEqualTo("VERSION = 1\n");
  }

  @Test
  void unknownRefAndEmptyRepositoryAreClearErrors() {
    Path t = work.resolve("x");
    assertThatThrownBy(() -> cloner(true).cloneInto(url, Optional.of("nope"), t))
        .isInstanceOf(LanternException.class)
        .hasMessage("branch, tag or commit 'nope' not found in " + url)
        .satisfies(
            e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.GIT_REF_NOT_FOUND));
    assertThatThrownBy(() -> cloner(true).cloneInto(emptyUrl, Optional.empty(), t))
        .hasMessageContaining("has no commits")
        .satisfies(
            e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.EMPTY_SOURCE));
    assertThat(Files.exists(t)).isFalse();
  }

  @Test
  void theDefaultPolicyRefusesPlainHttpAndLoopback() {
    GitCloner strict =
        new GitCloner(
            new GitUrlPolicy(false, List.of("*"), false), Duration.ofSeconds(30), Optional.empty());
    assertThatThrownBy(() -> strict.cloneInto(url, Optional.empty(), work.resolve("y")))
        .hasMessageContaining("only https:// git URLs are accepted");
    GitCloner httpOk =
        new GitCloner(
            new GitUrlPolicy(true, List.of("*"), false), Duration.ofSeconds(30), Optional.empty());
    assertThatThrownBy(() -> httpOk.cloneInto(url, Optional.empty(), work.resolve("y")))
        .hasMessageContaining("resolves to 127.0.0.1, a private or internal address");
    assertThat(Files.exists(work.resolve("y"))).isFalse();
  }
}
