package dev.lantern.indexer.embed;

import java.nio.file.Path;

/**
 * Keeps DJL off the network. Must run before any DJL class is initialised: {@code
 * ai.djl.engine.Engine}'s static initialiser sends telemetry (after probing the EC2 metadata
 * address) unless offline mode or {@code OPT_OUT_TRACKING} is set, and the tokenizers' native
 * loader downloads a CUDA build when it sees a GPU unless offline mode is on (then it copies the
 * CPU library from its jar). Model zoos are never consulted because we load by local path.
 */
final class DjlOffline {
  private DjlOffline() {}

  /**
   * Sets {@code ai.djl.offline=true} and {@code OPT_OUT_TRACKING=true} as system properties, and
   * DJL's cache dir to {@code <dataDir>/djl} unless one is configured.
   *
   * @throws IllegalStateException if the environment sets {@code DJL_OFFLINE} to something other
   *     than {@code true}: DJL reads that variable before the system property, so we could not win
   */
  static synchronized void enforce(Path dataDir) {
    String env = System.getenv("DJL_OFFLINE");
    if (env != null && !Boolean.parseBoolean(env)) {
      throw new IllegalStateException(
          "DJL_OFFLINE=" + env + " would let DJL download at run time; unset it or set it to true");
    }
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    // DJL unpacks the tokenizers' native library into its cache dir, ~/.djl.ai by default; a
    // container's home may be read-only, the data dir is writable. An operator's choice wins.
    if (dataDir != null
        && System.getenv("DJL_CACHE_DIR") == null
        && System.getProperty("DJL_CACHE_DIR") == null) {
      System.setProperty("DJL_CACHE_DIR", dataDir.resolve("djl").toAbsolutePath().toString());
    }
  }
}
