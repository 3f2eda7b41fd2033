package dev.lantern.core.index;

import dev.lantern.core.index.lexical.LexicalIndexWriter;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Real, published index versions for tests, written through the production writer and store. */
public final class TestIndexes {
  private TestIndexes() {}

  /**
   * Writes one version of codebase "t" under {@code root} with {@code write}, publishes it and
   * opens it. No vectors are loaded: a test that asks for them fails loudly.
   */
  public static OpenIndex publish(
      Path root, Consumer<LexicalIndexWriter> write, IndexManifest.VectorState vectors) {
    return publish(root, write, vectors, IndexManifest.FORMAT_VERSION);
  }

  /** As {@link #publish(Path, Consumer, IndexManifest.VectorState)}, claiming {@code format}. */
  public static OpenIndex publish(
      Path root,
      Consumer<LexicalIndexWriter> write,
      IndexManifest.VectorState vectors,
      int format) {
    IndexStore store = new IndexStore(root);
    Path version = store.newVersion("t");
    try (LexicalIndexWriter w = new LexicalIndexWriter(version.resolve(IndexStore.LEXICAL_DIR))) {
      write.accept(w);
      w.commit();
    }
    store.writeManifest(
        version,
        new IndexManifest(format, "t", "test", "", "now", 0, 0, 0, vectors, "", null, Map.of()));
    store.publish("t", version);
    return OpenIndex.open(
        store,
        version,
        p -> {
          throw new IllegalStateException("no vectors in this test index");
        });
  }

  /** A keyword-only index of {@code files} (path to text, line counts taken from the text). */
  public static OpenIndex lexical(Path root, Map<String, String> files, List<Chunk> chunks) {
    return publish(
        root,
        w -> {
          files.forEach((p, t) -> w.addFile(SourceFile.of(p, t), (int) t.lines().count()));
          chunks.forEach(w::addChunk);
        },
        IndexManifest.VectorState.DISABLED);
  }
}
