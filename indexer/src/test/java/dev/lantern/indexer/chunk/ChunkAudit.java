package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks {@link ChunkInvariants} on every file with a known language under a directory and prints
 * the failures, e.g. over a Python stdlib or a node_modules tree (a development aid: {@code java …
 * ChunkAudit DIR}).
 */
public final class ChunkAudit {
  public static void main(String[] args) throws Exception {
    ChunkerRegistry registry = new ChunkerRegistry();
    int files = 0;
    int failed = 0;
    List<Path> paths;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      paths = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : paths) {
      if (Language.fromPath(p.toString()) == Language.TEXT || Files.size(p) > 2_000_000) {
        continue;
      }
      String text;
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (java.nio.charset.MalformedInputException e) {
        continue;
      }
      SourceFile file = SourceFile.of(p.toString(), text);
      files++;
      try {
        ChunkInvariants.check(file, registry.chunk(file));
      } catch (AssertionError e) {
        failed++;
        System.out.println("FAIL " + p + ": " + e.getMessage().lines().limit(8).toList());
      }
    }
    System.out.println(files + " files, " + failed + " failed");
  }
}
