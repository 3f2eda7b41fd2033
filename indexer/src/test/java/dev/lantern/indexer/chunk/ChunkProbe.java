package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the chunks of files given on the command line (a development aid). */
public final class ChunkProbe {
  public static void main(String[] args) throws Exception {
    ChunkerRegistry r = new ChunkerRegistry();
    for (String a : args) {
      SourceFile f = SourceFile.of(a, Files.readString(Path.of(a)));
      for (Chunk c : r.chunk(f)) {
        System.out.printf(
            "%d-%d %s %s | %s | %s | %s%n",
            c.startLine(),
            c.endLine(),
            c.kind(),
            c.qualifiedName(),
            c.signature(),
            c.doc().lines().findFirst().orElse(""),
            c.references().subList(0, Math.min(5, c.references().size())));
      }
    }
  }
}
