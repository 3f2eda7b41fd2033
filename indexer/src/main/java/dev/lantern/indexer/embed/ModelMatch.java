package dev.lantern.indexer.embed;

import dev.lantern.core.embed.ModelIdentity;

/** Refuses to mix vectors of different models, with a message that says what to do. */
public final class ModelMatch {
  private ModelMatch() {}

  /**
   * @param what what holds the {@code recorded} vectors, for the message ({@code "index"}, {@code
   *     "embedding cache /data/embeddings/…"})
   * @throws IllegalStateException if the identities differ in name, model hash or dimensions
   */
  public static void require(ModelIdentity recorded, ModelIdentity current, String what) {
    if (!recorded.equals(current)) {
      throw new IllegalStateException(
          what
              + " holds vectors of "
              + describe(recorded)
              + " but the embedder is "
              + describe(current)
              + "; use the same model or rebuild it");
    }
  }

  static String describe(ModelIdentity id) {
    return id.name()
        + " ("
        + id.dimensions()
        + " dims, sha256 "
        + id.sha256().substring(0, Math.min(12, id.sha256().length()))
        + ")";
  }
}
