package dev.lantern.core.index;

import dev.lantern.core.index.lexical.LexicalIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * One index version opened for reading: the lexical index always, the vectors when they are ready
 * and loadable. When they are not, {@link #vectorsNote()} says why in plain words, so answers can
 * tell the user that semantic search is unavailable.
 */
public final class OpenIndex implements AutoCloseable {
  private final Path directory;
  private final IndexManifest manifest;
  private final LexicalIndex lexical;
  private final VectorIndex vectors;
  private final String vectorsNote;

  private OpenIndex(
      Path directory,
      IndexManifest manifest,
      LexicalIndex lexical,
      VectorIndex vectors,
      String vectorsNote) {
    this.directory = directory;
    this.manifest = manifest;
    this.lexical = lexical;
    this.vectors = vectors;
    this.vectorsNote = vectorsNote;
  }

  /**
   * Opens {@code versionDir}; {@code vectorLoader} loads the vector file (FAISS), and may throw
   * when the native library is missing: lexical search then still works.
   */
  public static OpenIndex open(
      IndexStore store, Path versionDir, Function<Path, VectorIndex> vectorLoader) {
    IndexManifest manifest = store.readManifest(versionDir);
    LexicalIndex lexical = LexicalIndex.open(versionDir.resolve(IndexStore.LEXICAL_DIR));
    VectorIndex vectors = null;
    String note;
    Path vectorFile = versionDir.resolve(IndexStore.VECTORS_FILE);
    switch (manifest.vectors()) {
      case READY -> {
        if (!Files.exists(vectorFile)) {
          note =
              "semantic search is unavailable: the vector file is missing; re-index to rebuild it";
        } else {
          try {
            vectors = vectorLoader.apply(vectorFile);
            note = "";
          } catch (RuntimeException | LinkageError e) {
            note = "semantic search is unavailable: " + e.getMessage();
          }
        }
      }
      case PENDING ->
          note = "semantic search is not ready yet: embeddings are still being computed";
      case DISABLED ->
          note = "semantic search is off for this index (it was built without embeddings)";
      default -> note = "semantic search is unavailable: " + manifest.vectorsNote();
    }
    return new OpenIndex(versionDir, manifest, lexical, vectors, note);
  }

  public Path directory() {
    return directory;
  }

  public IndexManifest manifest() {
    return manifest;
  }

  public LexicalIndex lexical() {
    return lexical;
  }

  public Optional<VectorIndex> vectors() {
    return Optional.ofNullable(vectors);
  }

  /** Why vectors are absent, or empty when they are present. */
  public String vectorsNote() {
    return vectors == null ? vectorsNote : "";
  }

  @Override
  public void close() {
    lexical.close();
    if (vectors != null) {
      vectors.close();
    }
  }
}
