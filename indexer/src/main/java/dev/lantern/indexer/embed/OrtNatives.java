package dev.lantern.indexer.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Unpacks ONNX Runtime's native libraries once into {@code <dataDir>/native/} and points ONNX
 * Runtime at them ({@code onnxruntime.native.path}). Left to itself, ONNX Runtime copies them into
 * a new {@code /tmp/onnxruntime-java*} directory in every process and leaves that directory behind
 * (it asks for the directory to be deleted at exit before the files in it, so the delete fails):
 * one empty directory per {@code lantern ask}. Must run before any ONNX Runtime class is
 * initialised. An operator's own {@code onnxruntime.native.path} wins; on a platform ONNX Runtime
 * has no bundled libraries for, or when the data directory is mounted {@code noexec} (libraries
 * there could not be loaded), ONNX Runtime is left to its default.
 */
final class OrtNatives {
  static final String PROPERTY = "onnxruntime.native.path";

  private static final System.Logger LOG = System.getLogger(OrtNatives.class.getName());

  private OrtNatives() {}

  /** Where the libraries were unpacked and the property set, or empty when it was not set. */
  static synchronized Optional<Path> prepare(Path dataDir) {
    if (System.getProperty(PROPERTY) != null) {
      return Optional.empty();
    }
    Optional<String> platform = platform();
    if (platform.isEmpty()) {
      return Optional.empty();
    }
    String base = "ai/onnxruntime/native/" + platform.get() + "/";
    List<ResourceUnpacker.Entry> libs =
        List.of(
            entry(base, System.mapLibraryName("onnxruntime")),
            entry(base, System.mapLibraryName("onnxruntime4j_jni")));
    if (!ResourceUnpacker.present(libs)) {
      return Optional.empty();
    }
    try {
      Path parent = dataDir.resolve("native").toAbsolutePath();
      Files.createDirectories(parent);
      if (Mounts.noexec(parent)) {
        LOG.log(
            System.Logger.Level.INFO,
            "{0} is on a noexec mount; ONNX Runtime unpacks its libraries into the temp dir",
            parent);
        return Optional.empty();
      }
      Path dir =
          ResourceUnpacker.unpack(
                  parent, "onnxruntime-" + platform.get(), libs, "add com.microsoft.onnxruntime")
              .dir();
      System.setProperty(PROPERTY, dir.toString());
      return Optional.of(dir);
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "could not unpack ONNX Runtime''s libraries under {0} ({1}); it unpacks them itself",
          dataDir,
          e.getMessage());
      return Optional.empty();
    }
  }

  private static ResourceUnpacker.Entry entry(String base, String name) {
    return new ResourceUnpacker.Entry(base + name, name);
  }

  /** ONNX Runtime's name for this platform ("linux-x64", "osx-aarch64"), as its loader has it. */
  static Optional<String> platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.contains("linux")
            ? "linux"
            : os.contains("mac") || os.contains("darwin")
                ? "osx"
                : os.contains("win") ? "win" : null;
    String a =
        arch.equals("amd64") || arch.equals("x86_64")
            ? "x64"
            : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    return o == null || a == null ? Optional.empty() : Optional.of(o + "-" + a);
  }
}
