package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times chunking of every code or Markdown file under a directory on one thread and reports MB/s
 * (UTF-8 bytes), chunks per file and, with a second argument {@code N}, resident memory while
 * repeating the set N times (a native-leak check). A development aid: {@code java … ChunkSpeed DIR
 * [ROUNDS]}.
 */
public final class ChunkSpeed {
  public static void main(String[] args) throws Exception {
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (Language.fromPath(p.toString()) != Language.TEXT) {
          try {
            files.add(SourceFile.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
          } catch (MalformedInputException e) {
            // not UTF-8: the indexer's file filter skips these too
          }
        }
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ChunkerRegistry registry = new ChunkerRegistry();
    for (int round = 0; round < rounds; round++) {
      long bytes = 0;
      long chunks = 0;
      long t0 = System.nanoTime();
      for (SourceFile f : files) {
        bytes += f.sizeBytes();
        List<Chunk> c = registry.chunk(f);
        chunks += c.size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "round %d: %d files, %.1f MB, %d chunks (%.1f/file) in %.2fs: %.2f MB/s, rss %d MB%n",
          round,
          files.size(),
          bytes / 1e6,
          chunks,
          chunks / (double) files.size(),
          s,
          bytes / 1e6 / s,
          rssMb());
    }
  }

  private static long rssMb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    }
    return -1;
  }
}
