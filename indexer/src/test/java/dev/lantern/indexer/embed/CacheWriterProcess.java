package dev.lantern.indexer.embed;

import dev.lantern.core.embed.ModelIdentity;
import java.nio.file.Path;
import java.util.List;

/** Appends to an {@link EmbeddingCache} from another JVM, for the cross-process test. */
public final class CacheWriterProcess {
  static final ModelIdentity MODEL = EmbeddingCacheTest.MODEL;

  private CacheWriterProcess() {}

  public static void main(String[] args) {
    try (EmbeddingCache cache = EmbeddingCache.open(Path.of(args[0]), MODEL)) {
      System.out.println("ready");
      System.out.flush();
      write(cache, args[1], Integer.parseInt(args[2]));
    }
  }

  /** Writes {@code count} texts of its own and 50 that every writer shares, a few at a time. */
  static void write(EmbeddingCache cache, String who, int count) {
    {
      for (int i = 0; i < count; i++) {
        List<String> texts = List.of(who + " " + i, "both " + (i % 50));
        cache.put(EmbeddingCacheTest.keys(texts), EmbeddingCacheTest.vectors(texts, 8));
      }
    }
  }
}
