package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins each fixture's chunks to a checked-in {@code .snap} beside it under {@code
 * src/test/resources/chunk/}, one line per chunk ({@link ChunkRendering}). A change in chunking
 * shows as a diff to review; run with {@code -Dsnapshots.update=true} to rewrite the snapshots
 * after checking the change is right.
 *
 * <p>The fixtures are small, so with the real limits their types stay whole; each code fixture is
 * chunked a second time with {@link #SPLIT_CAP} to pin how a large file splits: headers, members
 * with qualified names, small members kept with their type, windows.
 */
class ChunkSnapshotTest {
  private static final Path SOURCE_DIR = Path.of("src/test/resources/chunk");

  /** Limits small enough to split the fixtures' types: 12 lines, 600 characters. */
  static final SizeCap SPLIT_CAP = new SizeCap(12, 600);

  /** Members of at most two lines stay with their type in the split rendering. */
  static final int SPLIT_SMALL_MEMBER = 2;
  private final ChunkerRegistry registry = new ChunkerRegistry();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LruCache.java",
        "Repository.kt",
        "jobs.py",
        "cart.js",
        "store.ts",
        "UserCard.tsx",
        "server.go",
        "guide.md",
        "notes.txt"
      })
  void chunksMatchSnapshot(String fixture) throws IOException {
    SourceFile file = SourceFile.of(fixture, resource(fixture));
    List<Chunk> chunks = registry.chunk(file);
    ChunkInvariants.check(file, chunks);
    String actual =
        "# "
            + fixture
            + ": start-end KIND qualifiedName | signature | doc's first line | references\n"
            + ChunkRendering.render(chunks);
    if (file.language().isCode()) {
      List<Chunk> split =
          new SyntaxChunker(file.language(), SPLIT_CAP, SPLIT_SMALL_MEMBER).chunk(file);
      ChunkInvariants.check(file, split, SPLIT_CAP, SPLIT_SMALL_MEMBER);
      actual +=
          "\n# split as if large: at most 12 lines / 600 chars a chunk, members of up to 2 lines"
              + " kept with their type\n"
              + ChunkRendering.render(split);
    }
    String snap = fixture + ".snap";
    if (Boolean.getBoolean("snapshots.update")) {
      assertThat(SOURCE_DIR).as("run from the indexer module directory").isDirectory();
      Files.writeString(SOURCE_DIR.resolve(snap), actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual)
        .as("chunks of %s (if the change is intended: -Dsnapshots.update=true)", fixture)
        .isEqualTo(resourceOrEmpty(snap));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ChunkSnapshotTest.class.getResourceAsStream("/chunk/" + name)) {
      if (in == null) {
        throw new IOException("no test resource chunk/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String resourceOrEmpty(String name) throws IOException {
    try (InputStream in = ChunkSnapshotTest.class.getResourceAsStream("/chunk/" + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
