package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderOverviewTest {
  @TempDir Path root;
  private OpenIndex index;

  private static String lines(int n, String first) {
    return first + "x = 1\n".repeat(n - (int) first.lines().count());
  }

  @BeforeEach
  void index() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("src/kite/__init__.py", lines(5, "\"\"\"Kite: a small HTTP client.\"\"\"\n"));
    files.put(
        "src/kite/client.py", lines(80, "# Copyright 2024 Kite\n\n\"\"\"Sends requests.\"\"\"\n"));
    files.put("src/kite/retry.py", lines(30, ""));
    files.put("src/kite/transport/pool.py", lines(40, ""));
    files.put("src/kite/transport/tls.py", lines(20, ""));
    files.put("src/kite/notes.md", lines(200, "# Notes\n"));
    files.put("tests/kite/test_client.py", lines(10, ""));
    files.put(
        "docs/transport/README.md",
        lines(6, "# Transport\n\nHow bytes move between the client and servers.\n\n"));
    index =
        TestIndexes.lexical(
            root,
            files,
            List.of(
                new Chunk(
                    "src/kite/retry.py",
                    Language.PYTHON,
                    1,
                    30,
                    ChunkKind.TYPE,
                    "Retry",
                    "Retry",
                    "class Retry:",
                    "Backs off between attempts.",
                    "class Retry:\n    pass\n",
                    List.of())));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aNameFindsEveryFolderOfThatNameCodeFirst() {
    assertThat(FolderOverview.resolve(index.lexical(), "src/kite")).containsExactly("src/kite/");
    assertThat(FolderOverview.resolve(index.lexical(), "kite/"))
        .containsExactly("src/kite/", "tests/kite/");
    assertThat(FolderOverview.resolve(index.lexical(), "TRANSPORT"))
        .containsExactly("src/kite/transport/", "docs/transport/");
    assertThat(FolderOverview.resolve(index.lexical(), "ite")).isEmpty();
    assertThat(FolderOverview.resolve(index.lexical(), "src/kite/client.py")).isEmpty();
    assertThat(FolderOverview.resolve(index.lexical(), "/")).isEmpty();
  }

  @Test
  void aPackageIsDescribedByItsDocItsFilesAndItsSubfolders() {
    FolderOverview f = FolderOverview.of(index.lexical(), "src/kite/", List.of("tests/kite/"));
    assertThat(f.files()).isEqualTo(6);
    assertThat(f.description().map(Location::doc)).hasValue("Kite: a small HTTP client.");
    // Code before documents, longer files first; each says what it is where it does.
    assertThat(f.entries())
        .extracting(FolderOverview.Entry::path, FolderOverview.Entry::lines)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("src/kite/client.py", 80),
            org.assertj.core.groups.Tuple.tuple("src/kite/retry.py", 30),
            org.assertj.core.groups.Tuple.tuple("src/kite/__init__.py", 5),
            org.assertj.core.groups.Tuple.tuple("src/kite/notes.md", 200));
    assertThat(f.entries().get(0).description().map(Location::doc)).hasValue("Sends requests.");
    assertThat(f.entries().get(1).description().map(Location::doc))
        .hasValue("Backs off between attempts.");
    assertThat(f.subfolders())
        .containsExactly(new FolderOverview.Subfolder("src/kite/transport/", 2));
    assertThat(f.others()).containsExactly("tests/kite/");
    // The package doc is cited once, though it is both the folder's and __init__.py's.
    assertThat(f.locations()).extracting(Location::path).doesNotHaveDuplicates();
  }

  @Test
  void aReadmeInTheFolderSaysWhatItIs() {
    FolderOverview f = FolderOverview.of(index.lexical(), "docs/transport/", List.of());
    assertThat(f.description().map(Location::citation)).hasValue("docs/transport/README.md:3");
    assertThat(f.description().map(Location::snippet))
        .hasValue("How bytes move between the client and servers.");
  }
}
