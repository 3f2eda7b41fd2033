package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.SourceFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The invariants on real code: a seeded random sample of java.util from a JDK's src.zip (the path
 * can be set with {@code -Dlantern.jdkSrcZip}). Skipped, with a message, where no JDK sources are
 * installed. Rerun a failure with the printed {@code -Dtests.seed}.
 */
class JdkSourcesTest {
  private static final Path DEFAULT_ZIP = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");

  /** Which sources to sample; {@code -Dlantern.jdkPrefix=java.base/} widens it. */
  private static final String PREFIX =
      System.getProperty("lantern.jdkPrefix", "java.base/java/util/");

  /** 60 files keep the test near ten seconds; {@code -Dlantern.jdkSample=1000} checks them all. */
  private static final int SAMPLE = Integer.getInteger("lantern.jdkSample", 60);

  @Test
  void invariantsHoldOnARandomSampleOfJavaUtil() throws Exception {
    Path zip = Path.of(System.getProperty("lantern.jdkSrcZip", DEFAULT_ZIP.toString()));
    assumeTrue(Files.isRegularFile(zip), "no JDK sources at " + zip + "; real-code sample skipped");
    long seed = Long.getLong("tests.seed", System.nanoTime());
    System.out.println("JdkSourcesTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
    Random random = new Random(seed);
    ChunkerRegistry registry = new ChunkerRegistry();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      List<ZipEntry> sources = new ArrayList<>();
      for (ZipEntry e : Collections.list(z.entries())) {
        if (e.getName().startsWith(PREFIX) && e.getName().endsWith(".java")) {
          sources.add(e);
        }
      }
      Collections.shuffle(sources, random);
      int sample = Math.min(SAMPLE, sources.size());
      int functions = 0;
      for (ZipEntry e : sources.subList(0, sample)) {
        String text;
        try (InputStream in = z.getInputStream(e)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SourceFile file = SourceFile.of(e.getName(), text);
        List<Chunk> chunks = registry.chunk(file);
        ChunkInvariants.check(file, chunks);
        functions += (int) chunks.stream().filter(c -> c.kind() == ChunkKind.FUNCTION).count();
      }
      assertThat(functions).as("methods found in %d files", sample).isGreaterThan(sample * 3);
    }
  }
}
