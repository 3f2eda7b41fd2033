package dev.lantern.indexer.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled model, loaded once per test JVM (about a second) and shared by the test classes. */
final class SharedModel {
  private static OnnxEmbedder embedder;
  private static Path dataDir;

  private SharedModel() {}

  static synchronized OnnxEmbedder bundled() {
    if (embedder == null) {
      try {
        dataDir = Files.createTempDirectory("lantern-embed-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      embedder = OnnxEmbedder.openBundled(dataDir);
      Runtime.getRuntime().addShutdownHook(new Thread(embedder::close, "lantern-embed-test-close"));
    }
    return embedder;
  }

  static synchronized Path dataDir() {
    bundled();
    return dataDir;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
