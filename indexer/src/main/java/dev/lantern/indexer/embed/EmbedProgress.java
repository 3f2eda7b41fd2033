package dev.lantern.indexer.embed;

/**
 * Told after each embedded batch how many of the texts that needed embedding are done; enough for a
 * live bar with an ETA. Called on the thread that called {@code embed}.
 */
@FunctionalInterface
public interface EmbedProgress {
  EmbedProgress NONE = (done, total) -> {};

  /**
   * @param done texts embedded so far in this call (cache hits are not counted)
   * @param total texts this call has to embed
   */
  void update(int done, int total);
}
