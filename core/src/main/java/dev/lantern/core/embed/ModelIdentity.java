package dev.lantern.core.embed;

/**
 * Which embedding model produced a set of vectors. Recorded in every index and compared at query
 * time: vectors from different models are never mixed.
 *
 * @param name human name ({@code "all-minilm-l6-v2-q"})
 * @param sha256 hash of the model file, hex
 * @param dimensions length of each vector
 */
public record ModelIdentity(String name, String sha256, int dimensions) {
  /** A compact key for caches: name, a hash prefix and dimensions. */
  public String key() {
    return name + "-" + sha256.substring(0, Math.min(12, sha256.length())) + "-" + dimensions;
  }
}
