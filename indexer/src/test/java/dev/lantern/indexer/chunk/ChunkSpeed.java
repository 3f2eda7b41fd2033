package dev.lantern.indexer.chunk;

import dev.lantern.core.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Times chunking of every file under a directory on one thread (a development aid). */
public final class ChunkSpeed {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).toList();
    }
    ChunkerRegistry r = new ChunkerRegistry();
    for (int round = 0; round < 2; round++) {
      long bytes = 0, chunks = 0, t0 = System.nanoTime();
      for (Path p : files) {
        String text = Files.readString(p);
        bytes += text.length();
        chunks += r.chunk(SourceFile.of(p.toString(), text)).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "%d files, %.1f MB, %d chunks in %.2fs: %.2f MB/s%n",
          files.size(), bytes / 1e6, chunks, s, bytes / 1e6 / s);
    }
  }
}
