package dev.lantern.indexer.chunk;

import dev.lantern.core.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the chunks of files given on the command line (a development aid). */
public final class ChunkProbe {
  public static void main(String[] args) throws Exception {
    ChunkerRegistry registry = new ChunkerRegistry();
    for (String a : args) {
      SourceFile f = SourceFile.of(a, Files.readString(Path.of(a)));
      System.out.println("== " + a);
      System.out.print(ChunkRendering.render(registry.chunk(f)));
    }
  }
}
