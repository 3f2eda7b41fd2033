package dev.lantern.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrtNativesTest {
  @TempDir Path dataDir;
  @TempDir Path tmp;

  /**
   * Runs a JVM that embeds one text, with its own temp dir; returns its output. ONNX Runtime used
   * to leave an empty onnxruntime-java* directory there on every run.
   */
  private String embedInAnotherJvm(String... jvmOptions) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            OrtNativesProcess.class.getName(),
            dataDir.toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes());
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    return out;
  }

  private List<String> leftInTmp() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("onnxruntime-java"))
          .toList();
    }
  }

  @Test
  void theLibrariesAreUnpackedOnceIntoTheDataDirAndNothingIsLeftInTmp() throws Exception {
    String first = embedInAnotherJvm();
    assertThat(first).contains("dimensions 384");
    Path nativeDir = dataDir.resolve("native");
    assertThat(first).contains("native " + nativeDir.toRealPath());
    assertThat(leftInTmp()).isEmpty();
    List<Path> unpacked;
    try (Stream<Path> s = Files.list(nativeDir)) {
      unpacked = s.toList();
    }
    assertThat(unpacked).singleElement();
    assertThat(unpacked.get(0).resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
    long modified = Files.getLastModifiedTime(unpacked.get(0)).toMillis();

    // A second run reuses the unpacked libraries.
    embedInAnotherJvm();
    try (Stream<Path> s = Files.list(nativeDir)) {
      assertThat(s.toList()).containsExactlyElementsOf(unpacked);
    }
    assertThat(Files.getLastModifiedTime(unpacked.get(0)).toMillis()).isEqualTo(modified);
    assertThat(leftInTmp()).isEmpty();
  }

  @Test
  void anOperatorsOwnNativePathWins(@TempDir Path operators) throws Exception {
    String platform = OrtNatives.platform().orElseThrow();
    Path own =
        ResourceUnpacker.unpack(
                operators,
                "own",
                List.of(
                    new ResourceUnpacker.Entry(
                        "ai/onnxruntime/native/"
                            + platform
                            + "/"
                            + System.mapLibraryName("onnxruntime"),
                        System.mapLibraryName("onnxruntime")),
                    new ResourceUnpacker.Entry(
                        "ai/onnxruntime/native/"
                            + platform
                            + "/"
                            + System.mapLibraryName("onnxruntime4j_jni"),
                        System.mapLibraryName("onnxruntime4j_jni"))),
                "")
            .dir();
    String out = embedInAnotherJvm("-D" + OrtNatives.PROPERTY + "=" + own);
    assertThat(out).contains("dimensions 384").contains("native " + own);
    assertThat(Files.exists(dataDir.resolve("native"))).isFalse();
  }
}
