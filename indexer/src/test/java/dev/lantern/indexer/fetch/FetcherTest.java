package dev.lantern.indexer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.ArchiveLimits;
import dev.lantern.core.policy.GitUrlPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade decides by the location string and cleans up after itself. */
class FetcherTest {
  @TempDir Path tmp;

  private Fetcher fetcher(GitUrlPolicy policy) {
    return new Fetcher(
        new ZipExtractor(ArchiveLimits.defaults()),
        new GitCloner(policy, Duration.ofSeconds(30), Optional.empty()),
        tmp.resolve("work"));
  }

  private Fetcher fetcher() {
    return fetcher(GitUrlPolicy.defaults());
  }

  private List<String> workDir() throws Exception {
    if (!Files.exists(tmp.resolve("work"))) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(tmp.resolve("work"))) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void aDirectoryIsUsedInPlace() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("project"));
    Files.writeString(src.resolve("a.py"), "x = 1\n");
    try (FetchedTree t = fetcher().fetch(src.toString(), Optional.empty())) {
      assertThat(t.root()).isEqualTo(src.toAbsolutePath());
      assertThat(t.kind()).isEqualTo(FetchedTree.Kind.DIRECTORY);
      assertThat(t.displayName()).isEqualTo("project");
      assertThat(t.revision()).isEmpty();
    }
    assertThat(src.resolve("a.py")).as("closing never deletes the user's files").exists();
    assertThat(workDir()).isEmpty();
  }

  @Test
  void aZipIsExtractedIntoAFreshWorkDirectoryAndRemovedOnClose() throws Exception {
    Path zip =
        ZipFixtures.zip(
            tmp.resolve("Repo-Main.ZIP"),
            Map.of("repo-main/a.py", "x = 1\n".getBytes(StandardCharsets.UTF_8)));
    Path root;
    try (FetchedTree t = fetcher().fetch(zip.toString(), Optional.empty())) {
      root = t.root();
      assertThat(t.kind()).isEqualTo(FetchedTree.Kind.ZIP);
      assertThat(t.displayName()).isEqualTo("Repo-Main");
      assertThat(root.getParent()).isEqualTo(tmp.resolve("work"));
      assertThat(root.resolve("a.py")).hasContent("x = 1\n");
    }
    assertThat(root).doesNotExist();
  }

  @Test
  void aRefusedZipLeavesNoWorkDirectoryBehind() throws Exception {
    Path zip =
        ZipFixtures.zip(
            tmp.resolve("evil.zip"), Map.of("../x.py", "x".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> fetcher().fetch(zip.toString(), Optional.empty()))
        .isInstanceOf(LanternException.class)
        .hasMessageContaining("points outside the archive");
    assertThat(workDir()).isEmpty();
  }

  @Test
  void aGitUrlIsClonedAndARefusedOneLeavesNothingBehind() throws Exception {
    Path src = tmp.resolve("src");
    RevCommit c;
    try (Git git = Git.init().setDirectory(src.toFile()).setInitialBranch("main").call()) {
      Files.writeString(src.resolve("a.py"), "x = 1\n");
      git.add().addFilepattern(".").call();
      c = git.commit().setMessage("one").setAuthor("t", "t@example.com").call();
    }
    try (GitServerFixture server = new GitServerFixture()) {
      String url = server.serve("demo", src.resolve(".git"));
      GitUrlPolicy local = new GitUrlPolicy(true, List.of("*"), true);
      Path root;
      try (FetchedTree t = fetcher(local).fetch(url, Optional.of("main"))) {
        root = t.root();
        assertThat(t.kind()).isEqualTo(FetchedTree.Kind.GIT);
        assertThat(t.revision()).isEqualTo(c.name());
        assertThat(t.displayName()).isEqualTo("127.0.0.1/demo");
        assertThat(root.resolve("a.py")).hasContent("x = 1\n");
      }
      assertThat(root).doesNotExist();
      assertThatThrownBy(() -> fetcher().fetch(url, Optional.empty()))
          .hasMessageContaining("only https:// git URLs are accepted");
      assertThat(workDir()).isEmpty();
    }
  }

  @Test
  void whatIsNotASourceIsNamedAsSuch() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "hi");
    assertBadRequest(link.toString(), "it is a symbolic link; give the directory it points to");
    assertBadRequest(notes.toString(), "it is a file but not a .zip archive");
    assertBadRequest(tmp.resolve("gone").toString(), "it does not exist");
    assertBadRequest(
        "github.com/psf/requests", "it does not exist; for a git repository give an https:// URL");
    assertThatThrownBy(() -> fetcher().fetch(real.toString(), Optional.of("main")))
        .hasMessage(
            "a ref applies to git repositories and git URLs; '"
                + real
                + "' is not a git work tree");
    assertThatThrownBy(() -> fetcher().fetch(notes.toString(), Optional.of("main")))
        .hasMessage("a ref applies to git repositories and git URLs, not to '" + notes + "'");
    assertThatThrownBy(() -> fetcher().fetch("git@github.com:psf/requests.git", Optional.empty()))
        .hasMessageContaining("only https:// git URLs are accepted (got an ssh address");
    assertThat(workDir()).isEmpty();
  }

  @Test
  void aLocalGitRepositoryIsExportedAtItsHeadOrAtARef() throws Exception {
    Path src = tmp.resolve("proj");
    RevCommit first;
    RevCommit second;
    try (Git git = Git.init().setDirectory(src.toFile()).setInitialBranch("main").call()) {
      Files.writeString(src.resolve("a.py"), "x = 1\n");
      git.add().addFilepattern(".").call();
      first = git.commit().setMessage("one").setAuthor("t", "t@example.com").call();
      git.tag().setName("v1").call();
      Files.writeString(src.resolve("a.py"), "x = 2\n");
      git.add().addFilepattern(".").call();
      second = git.commit().setMessage("two").setAuthor("t", "t@example.com").call();
    }
    Files.writeString(src.resolve("a.py"), "x = 3  # not committed\n");
    Path bare = tmp.resolve("mirrors/proj.git");
    Git.cloneRepository()
        .setURI(src.toUri().toString())
        .setDirectory(bare.toFile())
        .setBare(true)
        .call()
        .close();

    Path root;
    try (FetchedTree t = fetcher().fetch(bare.toString(), Optional.empty())) {
      root = t.root();
      assertThat(t.kind()).isEqualTo(FetchedTree.Kind.GIT);
      assertThat(t.displayName()).isEqualTo("proj");
      assertThat(t.revision()).isEqualTo(second.name());
      assertThat(root.getParent()).isEqualTo(tmp.resolve("work"));
      assertThat(root.resolve("a.py")).hasContent("x = 2\n");
    }
    assertThat(root).doesNotExist();
    try (FetchedTree t = fetcher().fetch(bare.toString(), Optional.of("v1"))) {
      assertThat(t.revision()).isEqualTo(first.name());
      assertThat(t.root().resolve("a.py")).hasContent("x = 1\n");
    }
    // A work tree: in place without a ref (edits included), its commit with one.
    try (FetchedTree t = fetcher().fetch(src.toString(), Optional.empty())) {
      assertThat(t.kind()).isEqualTo(FetchedTree.Kind.DIRECTORY);
      assertThat(t.root().resolve("a.py")).hasContent("x = 3  # not committed\n");
    }
    try (FetchedTree t = fetcher().fetch(src.toString(), Optional.of("v1"))) {
      assertThat(t.displayName()).isEqualTo("proj");
      assertThat(t.root().resolve("a.py")).hasContent("x = 1\n");
      assertThat(t.root().resolve(".git")).doesNotExist();
    }
    try (FetchedTree t = fetcher().fetch(src.resolve(".git").toString(), Optional.empty())) {
      assertThat(t.displayName()).isEqualTo("proj");
      assertThat(t.revision()).isEqualTo(second.name());
    }
    assertThatThrownBy(() -> fetcher().fetch(bare.toString(), Optional.of("nope")))
        .isInstanceOf(LanternException.class)
        .hasMessage("branch, tag or commit 'nope' not found in " + bare)
        .satisfies(
            e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.GIT_REF_NOT_FOUND));
    assertThat(workDir()).isEmpty();
  }

  @Test
  void aLocalRepositoryIsNamedAfterTheRepositoryNotItsGitDirectory() {
    assertThat(Fetcher.repositoryDirName(Path.of("/m/ky.git"))).isEqualTo("ky");
    assertThat(Fetcher.repositoryDirName(Path.of("/w/ky/.git"))).isEqualTo("ky");
    assertThat(Fetcher.repositoryDirName(Path.of("/m/sindresorhus+ky/repo"))).isEqualTo("ky");
    assertThat(Fetcher.repositoryDirName(Path.of("/m/mirrors/tool"))).isEqualTo("tool");
  }

  @Test
  void anEmptyLocalRepositoryIsNamedAsSuch() throws Exception {
    Path bare = tmp.resolve("empty.git");
    Git.init().setDirectory(bare.toFile()).setBare(true).call().close();
    assertThatThrownBy(() -> fetcher().fetch(bare.toString(), Optional.empty()))
        .isInstanceOf(LanternException.class)
        .hasMessage("the repository has no commits (" + bare + ")")
        .satisfies(
            e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.EMPTY_SOURCE));
    assertThat(workDir()).isEmpty();
  }

  private void assertBadRequest(String location, String why) {
    assertThatThrownBy(() -> fetcher().fetch(location, Optional.empty()))
        .isInstanceOf(LanternException.class)
        .hasMessage("'" + location + "' is not a directory, a .zip file or a git URL: " + why)
        .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST));
  }
}
