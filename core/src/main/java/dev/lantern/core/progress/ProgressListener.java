package dev.lantern.core.progress;

/**
 * Receives progress reports; called from worker threads, so implementations must be thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {
  void onProgress(Progress progress);

  /** A listener that ignores everything. */
  static ProgressListener none() {
    return p -> {};
  }
}
