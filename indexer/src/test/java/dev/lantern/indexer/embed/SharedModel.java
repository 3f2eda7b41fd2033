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
      Path dir = dataDir;
      OnnxEmbedder opened = embedder;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    opened.close();
                    deleteTree(dir); // ~40 MB: the unpacked model and DJL's native library
                  },
                  "lantern-embed-test-cleanup"));
    }
    return embedder;
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort at exit
    }
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
