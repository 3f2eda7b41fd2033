package dev.lantern.indexer.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Real code text for benchmarks: JDK sources cut into chunks of about {@code size} characters. */
final class JdkChunks {
  static final Path SRC_ZIP = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");

  private JdkChunks() {}

  static boolean available() {
    return Files.isReadable(SRC_ZIP);
  }

  /** Up to {@code count} chunks from files under {@code prefix}, cut at line ends. */
  static List<String> load(String prefix, int count, int size) throws IOException {
    return loadMixed(prefix, count, size, size, 0);
  }

  /** Like {@link #load}, with each chunk's target size drawn from {@code [min, max]}. */
  static List<String> loadMixed(String prefix, int count, int min, int max, long seed)
      throws IOException {
    java.util.Random random = new java.util.Random(seed);
    List<String> chunks = new ArrayList<>();
    try (ZipFile zip = new ZipFile(SRC_ZIP.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".java")) {
          entries.add(entry);
        }
      }
      entries.sort((x, y) -> x.getName().compareTo(y.getName()));
      for (ZipEntry entry : entries) {
        String text;
        try (InputStream in = zip.getInputStream(entry)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder chunk = new StringBuilder();
        int size = min + random.nextInt(max - min + 1);
        for (String line : text.split("\n")) {
          chunk.append(line).append('\n');
          if (chunk.length() >= size) {
            chunks.add(chunk.toString());
            chunk.setLength(0);
            size = min + random.nextInt(max - min + 1);
            if (chunks.size() == count) {
              return chunks;
            }
          }
        }
      }
    }
    return chunks;
  }
}
