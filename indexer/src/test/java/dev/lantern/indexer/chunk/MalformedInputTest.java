package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged code never makes a chunker throw or break an invariant: each fixture is mutated at random
 * (lines dropped or duplicated, brackets and quotes inserted, bytes of noise) and chunked. Seeded;
 * rerun a failure with the printed {@code -Dtests.seed}.
 */
class MalformedInputTest {
  private static final String[] FIXTURES = {
    "LruCache.java",
    "Repository.kt",
    "jobs.py",
    "cart.js",
    "store.ts",
    "UserCard.tsx",
    "server.go",
    "guide.md",
    "notes.txt"
  };
  private static final String NOISE = "{}()[]<>\"'`/*#;:=\n\t\\@$ äé🚀";

  @Test
  void mutatedFixturesStillChunkWithinTheInvariants() throws Exception {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    System.out.println(
        "MalformedInputTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
    Random random = new Random(seed);
    ChunkerRegistry registry = new ChunkerRegistry();
    for (String fixture : FIXTURES) {
      String text = ChunkSnapshotTest.resource(fixture);
      for (int round = 0; round < 25; round++) {
        String mutated = mutate(text, random);
        SourceFile file = SourceFile.of(fixture, mutated);
        List<Chunk> chunks = registry.chunk(file);
        ChunkInvariants.check(file, chunks);
      }
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(8);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(4)) {
        case 0 -> { // drop the rest of a line
          int eol = sb.indexOf("\n", at);
          sb.delete(at, eol < 0 ? sb.length() : eol);
        }
        case 1 -> { // duplicate a line
          int bol = at == 0 ? 0 : sb.lastIndexOf("\n", at - 1) + 1;
          int eol = sb.indexOf("\n", at);
          String line = sb.substring(bol, eol < 0 ? sb.length() : eol);
          sb.insert(bol, line + "\n");
        }
        case 2 -> sb.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        default -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(40)));
      }
    }
    return sb.toString();
  }
}
