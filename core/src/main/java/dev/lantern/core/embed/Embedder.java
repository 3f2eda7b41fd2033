package dev.lantern.core.embed;

import java.util.List;

/**
 * Turns texts into L2-normalised vectors. Implementations are thread-safe; callers batch. Closing
 * releases native resources.
 */
public interface Embedder extends AutoCloseable {
  ModelIdentity identity();

  /** Embeds each text; the result has one vector per text, in order. */
  float[][] embed(List<String> texts);

  @Override
  default void close() {}
}
