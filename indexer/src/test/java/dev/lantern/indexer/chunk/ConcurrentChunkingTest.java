package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One registry shared by several indexing threads gives each file the chunks one thread would. */
class ConcurrentChunkingTest {
  @Test
  void sharedRegistryChunksTheSameOnManyThreads() throws Exception {
    String[] fixtures = {
      "LruCache.java",
      "Repository.kt",
      "jobs.py",
      "cart.js",
      "store.ts",
      "UserCard.tsx",
      "server.go",
      "guide.md"
    };
    ChunkerRegistry registry = new ChunkerRegistry();
    List<SourceFile> files = new ArrayList<>();
    List<List<Chunk>> expected = new ArrayList<>();
    for (String f : fixtures) {
      SourceFile file = SourceFile.of(f, ChunkSnapshotTest.resource(f));
      files.add(file);
      expected.add(registry.chunk(file));
    }
    AtomicInteger thread = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            4, r -> new Thread(r, "lantern-chunk-test-" + thread.incrementAndGet()));
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 16; task++) {
        int offset = task;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 40; i++) {
                    int k = (i + offset) % files.size();
                    if (!registry.chunk(files.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
