package dev.lantern.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's contract: output, errors a person understands, and exit codes. */
class MainTest {
  @TempDir Path data;
  @TempDir Path code;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data-dir");
    all.add(data.toString());
    int rc =
        Main.run(
            all,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void indexAskJsonListDeleteAndDryRun() throws Exception {
    Files.writeString(
        code.resolve("cache.py"),
        "def evict_oldest(cache):\n    \"\"\"Drops the least recently used entry.\"\"\"\n    cache.popitem(last=False)\n");
    Files.createDirectories(code.resolve("node_modules/x"));
    Files.writeString(code.resolve("node_modules/x/index.js"), "module.exports = 1;\n");

    Run dry = run("index", code.toString(), "--dry-run");
    assertThat(dry.code()).isZero();
    assertThat(dry.out()).contains("would index 1 file (").contains("vendored dependency");

    Run index = run("index", code.toString(), "--name", "cache", "--no-embed");
    assertThat(index.code()).as(index.err()).isZero();
    assertThat(index.out()).contains("indexed cache: 1 file, ").contains("semantic search off");

    Run ask =
        run("ask", "cache", "how is the least recently used entry evicted?", "--json", "-k", "3");
    assertThat(ask.code()).as(ask.err()).isZero();
    assertThat(ask.out())
        .contains("\"citation\" : \"cache.py:1-3\"")
        .contains("\"answer\" : \"The most relevant code is the function `evict_oldest`")
        .contains("\"absent\" : [ ]");
    Run absent = run("ask", "cache", "where is the oldest entry throttled?", "--json");
    assertThat(absent.out()).contains("\"absent\" : [ \"throttled\" ]");

    assertThat(run("list").out()).contains("cache").contains("disabled");
    assertThat(run("delete", "cache").out()).contains("deleted cache");
    Run missing = run("ask", "cache", "anything?");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no codebase named 'cache'");
  }

  @Test
  void badInputGetsAClearMessageAndANonZeroExit() throws Exception {
    Run unknown = run("frobnicate");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown command 'frobnicate'");
    Run badOption = run("ask", "x", "q", "--kk", "3");
    assertThat(badOption.code()).isEqualTo(2);
    assertThat(badOption.err()).contains("unknown option --kk");
    Run badK = run("ask", "x", "q", "-k", "zero");
    assertThat(badK.err()).contains("-k must be a whole number");
    Files.write(code.resolve("image.png"), new byte[] {1, 0, 2});
    Run empty = run("index", code.toString(), "--name", "empty", "--no-embed");
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err()).contains("no source files were found").contains("binary");
    Run badName = run("index", code.toString(), "--name", "../escape", "--no-embed");
    assertThat(badName.code()).isEqualTo(2);
    assertThat(badName.err()).contains("invalid codebase name");
    Run notThere = run("index", code.resolve("nope").toString());
    assertThat(notThere.code()).isNotZero();
    assertThat(notThere.err()).contains("nope");
  }

  @Test
  void withoutANameACodebaseIsNamedAfterItsSourceNotItsWorkDirectory() throws Exception {
    Path project = Files.createDirectories(code.resolve("my-proj"));
    Files.writeString(project.resolve("a.py"), "def hello():\n    return 1\n");
    Path zip = code.resolve("My Proj.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("my-proj/a.py"));
      z.write("def hello():\n    return 1\n".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Path bare = code.resolve("tool.git");
    try (Git git = Git.init().setDirectory(bare.toFile()).setBare(true).call()) {
      // a bare repository with one commit, written through a temporary work tree
      Path work = Files.createDirectories(code.resolve("work-tree"));
      Files.writeString(work.resolve("t.py"), "def tool():\n    pass\n");
      try (Git w = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
        w.add().addFilepattern(".").call();
        w.commit().setMessage("one").setAuthor("t", "t@example.com").call();
        w.push().setRemote(bare.toUri().toString()).add("main").call();
      }
      git.getRepository().updateRef("HEAD").link("refs/heads/main");
    }

    assertThat(run("index", project.toString(), "--no-embed").out()).contains("indexed my-proj:");
    Run fromZip = run("index", zip.toString(), "--no-embed");
    assertThat(fromZip.code()).as(fromZip.err()).isZero();
    assertThat(fromZip.out()).contains("indexed My-Proj:");
    Run fromBare = run("index", bare.toString(), "--no-embed");
    assertThat(fromBare.code()).as(fromBare.err()).isZero();
    assertThat(fromBare.out()).contains("indexed tool: 1 file, ");
    assertThat(run("list").out()).contains("my-proj").contains("My-Proj").contains("tool");
  }
}
