package dev.lantern.indexer.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput of {@link OnnxEmbedder} on real Java text, by batch size, token window and threading.
 * Not a test: run by hand on the target machine, e.g.
 *
 * <pre>
 * java -cp indexer/target/classes:indexer/target/test-classes:$(cat cp.txt) \
 *     dev.lantern.indexer.embed.OnnxEmbedderBench 2000 3
 * </pre>
 *
 * Variants run round-robin, so host noise hits them alike; medians are printed.
 */
public final class OnnxEmbedderBench {
  private OnnxEmbedderBench() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String only = args.length > 2 ? args[2] : "";
    boolean mixed = args.length > 3 && args[3].equals("mixed");
    // Fixed ~1,500-char chunks (all past the 128-token window), or lengths drawn from 200 to
    // 2,400 chars (seed 7) so batches need padding, as real definitions do.
    List<String> chunks =
        mixed
            ? JdkChunks.loadMixed("java.base/java/util/", count, 200, 2400, 7)
            : JdkChunks.load("java.base/java/util/", count, 1500);
    System.out.printf("%d chunks, mean %d chars%n", chunks.size(), meanLength(chunks));
    Path data = Files.createTempDirectory("lantern-bench");
    OnnxModelConfig base = OnnxModelConfig.bundled(data);
    int cores = Runtime.getRuntime().availableProcessors();

    Map<String, OnnxModelConfig> variants = new LinkedHashMap<>();
    variants.put("b2 t128 2x1", base.withBatchSize(2).withThreads(cores, 1));
    variants.put("b4 t128 2x1", base.withBatchSize(4).withThreads(cores, 1));
    variants.put("b4 t256 2x1", base.withBatchSize(4).withMaxTokens(256).withThreads(cores, 1));
    variants.put("b8 t128 1x2", base.withBatchSize(8).withThreads(1, cores));
    variants.put("b32 t128 2x1", base.withBatchSize(32).withThreads(cores, 1));
    variants.put("b32 t128 1x2", base.withBatchSize(32).withThreads(1, cores));
    variants.put("b16 t128 2x1", base.withBatchSize(16).withThreads(cores, 1));
    variants.put("b64 t128 2x1", base.withBatchSize(64).withThreads(cores, 1));
    variants.put("b16 t128 1x2", base.withBatchSize(16).withThreads(1, cores));
    variants.put("b64 t128 1x2", base.withBatchSize(64).withThreads(1, cores));
    variants.put("b32 t256 2x1", base.withBatchSize(32).withMaxTokens(256).withThreads(cores, 1));
    variants.put("b32 t256 1x2", base.withBatchSize(32).withMaxTokens(256).withThreads(1, cores));
    variants.put("b8 t128 2x1", base.withBatchSize(8).withThreads(cores, 1));
    variants.put("b1 t128 2x1", base.withBatchSize(1).withThreads(cores, 1));
    variants.put("b1 t128 1x2", base.withBatchSize(1).withThreads(1, cores));
    variants.keySet().removeIf(k -> !k.matches(".*(" + only + ").*"));

    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Map<String, OnnxEmbedder> open = new LinkedHashMap<>();
    try {
      for (var v : variants.entrySet()) {
        open.put(v.getKey(), OnnxEmbedder.open(v.getValue()));
        open.get(v.getKey()).embed(chunks.subList(0, 64)); // warm-up
        rates.put(v.getKey(), new ArrayList<>());
      }
      for (int r = 0; r < reps; r++) {
        for (var e : open.entrySet()) {
          long start = System.nanoTime();
          e.getValue().embed(chunks);
          double seconds = (System.nanoTime() - start) / 1e9;
          rates.get(e.getKey()).add(chunks.size() / seconds);
          System.out.printf(
              "rep %d %-14s %6.1f chunks/s%n", r, e.getKey(), chunks.size() / seconds);
        }
      }
    } finally {
      open.values().forEach(OnnxEmbedder::close);
    }
    System.out.println("median chunks/s:");
    rates.forEach((k, v) -> System.out.printf("  %-14s %6.1f   %s%n", k, median(v), v));
  }

  private static int meanLength(List<String> chunks) {
    return (int) chunks.stream().mapToInt(String::length).average().orElse(0);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
