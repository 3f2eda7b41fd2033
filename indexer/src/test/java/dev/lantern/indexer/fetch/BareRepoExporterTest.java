package dev.lantern.indexer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.ArchiveLimits;
import dev.lantern.indexer.fetch.GitObjects.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare repository with two commits written in code; each export must be exactly its tree. */
class BareRepoExporterTest {
  @TempDir Path work;
  Path bare;
  ObjectId first;
  ObjectId second;

  @BeforeEach
  void buildRepository() throws Exception {
    bare = work.resolve("mirrors").resolve("demo.git");
    try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).call()) {
      Repository repo = git.getRepository();
      Map<String, Entry> v1 = new LinkedHashMap<>();
      v1.put("README.md", Entry.file("# v1\n"));
      v1.put("src/app.py", Entry.file("print(1)\n"));
      v1.put("src/util/strings.py", Entry.file("def pad(s): return s\n"));
      v1.put("tools/run.sh", Entry.executable("#!/bin/sh\necho run\n"));
      v1.put("latest", Entry.symlink("../../../etc/passwd"));
      v1.put("vendor/lib", Entry.submodule("0123456789abcdef0123456789abcdef01234567"));
      first = GitObjects.commit(repo, "main", v1, List.of());
      Map<String, Entry> v2 = new LinkedHashMap<>();
      v2.put("README.md", Entry.file("# v2\n"));
      v2.put("src/new.py", Entry.file("x = 2\n"));
      v2.put("src/util/strings.py", Entry.file("def pad(s): return s\n"));
      v2.put("docs/guide.md", Entry.file("guide\n"));
      second = GitObjects.commit(repo, "main", v2, List.of(first));
    }
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> !Files.isDirectory(p))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void eachCommitExportsExactlyItsTree() throws IOException {
    BareRepoExporter exporter = new BareRepoExporter();
    Path one = work.resolve("one");
    BareRepoExporter.Export e1 = exporter.export(bare, first.name(), one);
    assertThat(files(one))
        .containsExactly("README.md", "src/app.py", "src/util/strings.py", "tools/run.sh");
    assertThat(one.resolve("README.md")).hasContent("# v1\n");
    assertThat(e1)
        .isEqualTo(new BareRepoExporter.Export(first.name(), 4, 5 + 9 + 21 + 19, 1, 1, 0));

    Path two = work.resolve("two");
    BareRepoExporter.Export e2 = exporter.export(bare, "main", two);
    assertThat(e2.commit()).isEqualTo(second.name());
    assertThat(files(two))
        .containsExactly("README.md", "docs/guide.md", "src/new.py", "src/util/strings.py");
    assertThat(two.resolve("README.md")).hasContent("# v2\n");
    assertThat(two.resolve("src/app.py")).doesNotExist();
    assertThat(e2.symlinksSkipped()).isZero();
  }

  @Test
  void findsTheRepositoryInAFolderHoldingIt() {
    Path t = work.resolve("t");
    new BareRepoExporter().export(work.resolve("mirrors"), second.name().substring(0, 10), t);
    assertThat(t.resolve("docs/guide.md")).hasContent("guide\n");
    assertThatThrownBy(
            () -> new BareRepoExporter().export(work.resolve("t"), "main", work.resolve("u")))
        .isInstanceOf(LanternException.class)
        .hasMessage("no git repository at " + work.resolve("t"))
        .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void anUnknownCommitIsAClearError() {
    Path t = work.resolve("t");
    assertThatThrownBy(() -> new BareRepoExporter().export(bare, "nope", t))
        .isInstanceOf(LanternException.class)
        .hasMessage("branch, tag or commit 'nope' not found in " + bare)
        .satisfies(
            e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.GIT_REF_NOT_FOUND));
    assertThat(t).doesNotExist();
  }

  @Test
  void aCraftedTreeCannotWriteOutsideTheTarget() throws Exception {
    ObjectId hostile;
    try (Repository repo = Git.open(bare.toFile()).getRepository()) {
      Map<String, Entry> tree = new LinkedHashMap<>();
      tree.put("a.txt", Entry.file("a"));
      tree.put("../escaped.txt", Entry.file("pwned"));
      hostile = GitObjects.commit(repo, "evil", tree, List.of());
    }
    Path t = work.resolve("out").resolve("t");
    assertThatThrownBy(() -> new BareRepoExporter().export(bare, hostile.name(), t))
        .isInstanceOf(LanternException.class)
        .hasMessageContaining("'../escaped.txt' points outside")
        .satisfies(
            e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.ARCHIVE_UNSAFE));
    assertThat(t).doesNotExist();
    assertThat(work.resolve("out/escaped.txt")).doesNotExist();
  }

  @Test
  void limitsSkipOversizedFilesAndStopHugeCheckouts() {
    Path small = work.resolve("small");
    BareRepoExporter.Export e =
        new BareRepoExporter(new ArchiveLimits(100, 1 << 20, 8, 100))
            .export(bare, first.name(), small);
    assertThat(e.oversizedSkipped()).isEqualTo(3); // all but "# v1\n"
    assertThat(e.files()).isEqualTo(1);

    Path many = work.resolve("many");
    assertThatThrownBy(
            () ->
                new BareRepoExporter(new ArchiveLimits(3, 1 << 20, 1 << 20, 100))
                    .export(bare, first.name(), many))
        .isInstanceOf(LanternException.class)
        .hasMessage("checkout has more than 3 entries; the limit is 3");
    assertThat(many).doesNotExist();

    Path big = work.resolve("big");
    assertThatThrownBy(
            () ->
                new BareRepoExporter(new ArchiveLimits(100, 20, 1 << 20, 100))
                    .export(bare, first.name(), big))
        .isInstanceOf(LanternException.class)
        .hasMessage("checkout expands past 20 bytes; the limit is 20 bytes in all");
    assertThat(big).doesNotExist();
  }
}
