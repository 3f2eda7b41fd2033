package dev.lantern.indexer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile archives built in code; each must fail clearly and leave nothing behind. */
class ZipExtractorTest {
  @TempDir Path work;

  private Path zip(Map<String, byte[]> entries) throws IOException {
    Path z = work.resolve("upload-" + System.nanoTime() + ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return z;
  }

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
    Path target = work.resolve("out");
    assertThatThrownBy(() -> new ZipExtractor(limits).extract(zip, target))
        .isInstanceOf(LanternException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(code));
    assertThat(Files.exists(target)).as("partial extraction removed").isFalse();
    assertThat(listing()).as("nothing written anywhere else").isEqualTo(before);
    assertThat(Files.exists(work.getParent().resolve("evil.txt"))).isFalse();
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void extractsANormalArchiveStrippingItsSingleTopFolder() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("repo-main/", new byte[0]);
    e.put("repo-main/src/app.py", text("print('hi')\n"));
    e.put("repo-main/README.md", text("# hi\n"));
    ZipExtractor.Result r =
        new ZipExtractor(ArchiveLimits.defaults()).extract(zip(e), work.resolve("out"));
    assertThat(r.files()).isEqualTo(2);
    assertThat(Files.readString(work.resolve("out/src/app.py"))).isEqualTo("print('hi')\n");
  }

  @Test
  void zipSlipEntriesAreRefused() throws IOException {
    for (String evil :
        List.of(
            "../evil.txt", "a/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "..\\evil.txt")) {
      Map<String, byte[]> e = new LinkedHashMap<>();
      e.put("ok.txt", text("fine"));
      e.put(evil, text("pwned"));
      assertRefused(
          zip(e), ArchiveLimits.defaults(), ErrorCode.ARCHIVE_UNSAFE, "points outside the archive");
    }
  }

  @Test
  void zipBombsAreStoppedByRatioAndTotalSize() throws IOException {
    byte[] zeros = new byte[20 << 20];
    assertRefused(
        zip(Map.of("bomb.txt", zeros)),
        ArchiveLimits.defaults(),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "looks like a zip bomb");
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      many.put("f" + i + ".txt", text("x".repeat(1000) + i));
    }
    assertRefused(
        zip(many),
        new ArchiveLimits(100, 3_000, 1 << 20, 1e9),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "archive expands past");
    assertRefused(
        zip(Map.of("big.txt", text("y".repeat(5_000)))),
        new ArchiveLimits(100, 1 << 20, 4_000, 1e9),
        ErrorCode.ARCHIVE_TOO_LARGE,
        "the per-file limit is");
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
  void symlinkEntriesAreSkipped() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("real.txt", text("real"));
    e.put("link", text("/etc/passwd"));
    Path z = zip(e);
    markAsSymlink(z, "link");
    ZipExtractor.Result r =
        new ZipExtractor(ArchiveLimits.defaults()).extract(z, work.resolve("out"));
    assertThat(r.symlinksSkipped()).isEqualTo(1);
    assertThat(r.files()).isEqualTo(1);
    assertThat(Files.exists(work.resolve("out/link"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
        .isFalse();
  }

  @Test
  void aCorruptFileIsAClearError() throws IOException {
    Path z = work.resolve("broken.zip");
    Files.writeString(z, "this is not a zip");
    assertRefused(z, ArchiveLimits.defaults(), ErrorCode.BAD_REQUEST, "is not a valid zip archive");
  }

  /** Sets "made by Unix" and mode 0120777 (a symlink) on one central-directory entry. */
  private static void markAsSymlink(Path zip, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int p = 0; p + 46 < bytes.length; p++) {
      if (b.getInt(p) == 0x02014b50) {
        int nameLen = b.getShort(p + 28) & 0xffff;
        String n = new String(bytes, p + 46, nameLen, StandardCharsets.UTF_8);
        if (n.equals(name)) {
          b.putShort(p + 4, (short) ((3 << 8) | 20));
          b.putInt(p + 38, 0120777 << 16);
        }
      }
    }
    try (OutputStream out = Files.newOutputStream(zip)) {
      out.write(bytes);
    }
  }
}
