package dev.lantern.indexer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.ArchiveLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile archives built in code; each must fail clearly and leave nothing behind. */
class ZipExtractorTest {
  @TempDir Path work;

  /** Unique per run, so a file found in the shared temp dir can only be this run's escape. */
  private final String evil = "lantern-evil-" + System.nanoTime() + ".txt";

  private static final ArchiveLimits DEFAULTS = ArchiveLimits.defaults();

  private Path zip(Map<String, byte[]> entries) throws IOException {
    return ZipFixtures.zip(work.resolve("upload-" + System.nanoTime() + ".zip"), entries);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Everything under the work dir except the uploaded archives. */
  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      return s.map(p -> work.relativize(p).toString())
          .filter(p -> !p.endsWith(".zip"))
          .sorted()
          .toList();
    }
  }

  private void assertRefused(Path zip, ArchiveLimits limits, ErrorCode code, String message)
      throws IOException {
    List<String> before = listing();
    Path target = work.resolve("job").resolve("out");
    assertThatThrownBy(() -> new ZipExtractor(limits).extract(zip, target))
        .isInstanceOf(LanternException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(code));
    assertThat(Files.exists(target, LinkOption.NOFOLLOW_LINKS))
        .as("partial extraction removed")
        .isFalse();
    Files.deleteIfExists(work.resolve("job"));
    assertThat(listing()).as("nothing written anywhere else in the work dir").isEqualTo(before);
    assertThat(work.getParent().resolve(evil))
        .as("nothing written above the work dir")
        .doesNotExist();
  }

  @Test
  void extractsANormalArchiveStrippingItsSingleTopFolder() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("repo-main/", new byte[0]);
    e.put("repo-main/src/app.py", text("print('hi')\n"));
    e.put("repo-main/README.md", text("# hi\n"));
    e.put("repo-main/empty/", new byte[0]);
    e.put("__MACOSX/repo-main/._README.md", text("resource fork"));
    ZipExtractor.Result r = new ZipExtractor(DEFAULTS).extract(zip(e), work.resolve("out"));
    assertThat(r).isEqualTo(new ZipExtractor.Result(2, 17, 0));
    assertThat(work.resolve("out/src/app.py")).hasContent("print('hi')\n");
    assertThat(work.resolve("out/README.md")).hasContent("# hi\n");
    assertThat(work.resolve("out/empty")).isDirectory();
    assertThat(work.resolve("out/__MACOSX")).doesNotExist();
    assertThat(work.resolve("out/repo-main")).doesNotExist();
  }

  @Test
  void keepsTheLayoutWhenEntriesDoNotShareOneFolderAndTreatsBackslashesAsSeparators()
      throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("a/x.py", text("x"));
    e.put("b\\y.py", text("y"));
    e.put("top.py", text("t"));
    ZipExtractor.Result r = new ZipExtractor(DEFAULTS).extract(zip(e), work.resolve("out"));
    assertThat(r.files()).isEqualTo(3);
    assertThat(work.resolve("out/a/x.py")).hasContent("x");
    assertThat(work.resolve("out/b/y.py")).hasContent("y");
    assertThat(work.resolve("out/top.py")).hasContent("t");
  }

  @Test
  void zipSlipEntriesAreRefusedBeforeAnythingIsWritten() throws IOException {
    for (String name :
        List.of(
            "../" + evil,
            "../../" + evil,
            "a/../../" + evil,
            "/tmp/" + evil,
            "C:/" + evil,
            "C:" + evil,
            "..\\" + evil,
            "a\\..\\..\\" + evil,
            "\\\\server\\share\\" + evil)) {
      Map<String, byte[]> e = new LinkedHashMap<>();
      e.put("ok.txt", text("fine"));
      e.put(name, text("pwned"));
      assertRefused(
          zip(e),
          DEFAULTS,
          ErrorCode.ARCHIVE_UNSAFE,
          "archive entry '" + name + "' points outside the archive (zip-slip)");
    }
  }

  @Test
  void aHighlyCompressibleEntryIsStoppedByTheRatio() throws IOException {
    // 20 MiB of zeros deflate to ~20 KiB: a ratio near 1000.
    assertRefused(
        zip(Map.of("bomb.txt", new byte[20 << 20])),
        DEFAULTS,
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive entry bomb.txt expands more than 100 times its compressed size, like a zip bomb;"
            + " the limit is a ratio of 100");
  }

  @Test
  void manySmallCompressibleEntriesAreStoppedByTheOverallRatio() throws IOException {
    // Each entry stays under the 1 MiB per-entry grace; together they expand ~1000x.
    Map<String, byte[]> e = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      e.put("part" + i + ".txt", new byte[512 << 10]);
    }
    assertRefused(
        zip(e),
        DEFAULTS,
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive expands more than 100 times its own size, like a zip bomb");
  }

  @Test
  void theTotalSizeIsCountedOnBytesWritten() throws IOException {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      many.put("f" + i + ".txt", text("x".repeat(1000) + i));
    }
    assertRefused(
        zip(many),
        new ArchiveLimits(100, 3_000, 1 << 20, 1e9),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive expands past 3,000 bytes; the limit is 3,000 bytes in all");
    Map<String, byte[]> three = new LinkedHashMap<>();
    three.put("a.txt", new byte[3 << 20]);
    assertRefused(
        zip(three),
        new ArchiveLimits(100, 2 << 20, 100 << 20, 1e9),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive expands past 2 MiB; the limit is 2 MiB in all");
  }

  @Test
  void oneFileOverThePerFileLimitIsRefused() throws IOException {
    assertRefused(
        zip(Map.of("big.txt", text("y".repeat(5_000)))),
        new ArchiveLimits(100, 1 << 20, 4_000, 1e9),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive entry big.txt is larger than 4,000 bytes uncompressed; the per-file limit is"
            + " 4,000 bytes");
  }

  @Test
  void headersThatUnderstateTheSizeDoNotFoolTheLimits() throws IOException {
    Path z = zip(Map.of("liar.txt", text("y".repeat(5_000))));
    ZipFixtures.setCentralSize(z, "liar.txt", 10); // claims 10 bytes, inflates to 5,000
    assertRefused(
        z,
        new ArchiveLimits(100, 1 << 20, 4_000, 1e9),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive entry liar.txt is larger than 4,000 bytes");
  }

  @Test
  void tooManyEntriesAreRefusedBeforeExtracting() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      e.put("f" + i + ".txt", text("x"));
    }
    assertRefused(
        zip(e),
        new ArchiveLimits(10, 1 << 20, 1 << 20, 100),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive has 12 entries; the limit is 10");
  }

  @Test
  void symlinkEntriesAreSkippedAndCounted() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("real.txt", text("real"));
    e.put("passwd", text("/etc/passwd"));
    e.put("up", text("../../.."));
    e.put("up/" + evil, text("through the link?"));
    Path z = zip(e);
    ZipFixtures.markAsSymlink(z, "passwd");
    ZipFixtures.markAsSymlink(z, "up");
    ZipExtractor.Result r = new ZipExtractor(DEFAULTS).extract(z, work.resolve("out"));
    assertThat(r.symlinksSkipped()).isEqualTo(2);
    assertThat(r.files()).isEqualTo(2);
    assertThat(work.resolve("out/passwd")).doesNotExist();
    assertThat(Files.isSymbolicLink(work.resolve("out/up"))).isFalse();
    // the entry under the skipped link lands inside the target as a plain directory
    assertThat(work.resolve("out/up/" + evil)).hasContent("through the link?");
    assertThat(work.getParent().resolve(evil)).doesNotExist();
  }

  @Test
  void symlinksAreFoundInZip64ArchivesAndBehindPrependedData() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    for (int i = 0; i < 65_536; i++) { // past 65,535 entries the writer adds zip64 records
      e.put("f" + i, new byte[0]);
    }
    e.put("link", text("/etc/passwd"));
    Path z = zip(e);
    ZipFixtures.markAsSymlink(z, "link");
    ZipFixtures.forceZip64Offset(z); // EOCD says "see the zip64 record"
    assertThat(ZipCentralDirectory.symlinks(z)).containsExactly("link");

    Map<String, byte[]> small = new LinkedHashMap<>();
    small.put("a.txt", text("a"));
    small.put("link", text("/etc/passwd"));
    Path prefixed = zip(small);
    ZipFixtures.markAsSymlink(prefixed, "link");
    ZipFixtures.prepend(prefixed, new byte[1000]); // like a self-extracting archive's stub
    assertThat(ZipCentralDirectory.symlinks(prefixed)).containsExactly("link");
    ZipExtractor.Result r = new ZipExtractor(DEFAULTS).extract(prefixed, work.resolve("out"));
    assertThat(r.symlinksSkipped()).isEqualTo(1);
    assertThat(work.resolve("out/a.txt")).hasContent("a");
  }

  @Test
  void aCorruptFileIsAClearError() throws IOException {
    Path z = work.resolve("broken.zip");
    Files.writeString(z, "this is not a zip");
    assertRefused(z, DEFAULTS, ErrorCode.BAD_REQUEST, "broken.zip is not a valid zip archive");
  }

  @Test
  void aNonEmptyTargetIsNeverTouched() throws IOException {
    Path target = work.resolve("mine");
    Files.createDirectories(target);
    Files.writeString(target.resolve("keep.txt"), "precious");
    Path z = zip(Map.of("a.txt", text("a")));
    assertThatThrownBy(() -> new ZipExtractor(DEFAULTS).extract(z, target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty");
    assertThat(target.resolve("keep.txt")).hasContent("precious");
  }
}
