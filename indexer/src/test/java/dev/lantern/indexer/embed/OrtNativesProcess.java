package dev.lantern.indexer.embed;

import java.nio.file.Path;
import java.util.List;

/** Opens the bundled model in a JVM of its own, embeds one text and exits, for OrtNativesTest. */
public final class OrtNativesProcess {
  private OrtNativesProcess() {}

  public static void main(String[] args) {
    try (OnnxEmbedder e = OnnxEmbedder.openBundled(Path.of(args[0]))) {
      System.out.println("dimensions " + e.embed(List.of("retry the upload"))[0].length);
      System.out.println("native " + System.getProperty(OrtNatives.PROPERTY));
    }
  }
}
