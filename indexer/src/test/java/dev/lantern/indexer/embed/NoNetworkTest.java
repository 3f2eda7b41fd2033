package dev.lantern.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and running the embedder touches no network: no download, no telemetry, no lookup. */
class NoNetworkTest {
  @Test
  void openingAndEmbeddingMakeNoConnection(@TempDir Path data) throws Exception {
    // The probe's guard is a SecurityManager, which Java 24 removed.
    Assumptions.assumeTrue(Runtime.version().feature() < 24, "needs a SecurityManager (Java < 24)");
    Process probe =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow",
                "-cp",
                System.getProperty("java.class.path"),
                NoNetworkProbe.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(probe.getInputStream().readAllBytes());
    assertThat(probe.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(output).doesNotContain("NETWORK ATTEMPT").contains("probe done");
    assertThat(probe.exitValue()).as(output).isZero();
  }
}
