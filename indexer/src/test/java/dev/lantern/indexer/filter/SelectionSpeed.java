package dev.lantern.indexer.filter;

import dev.lantern.core.index.IndexStore;
import dev.lantern.core.policy.ArchiveLimits;
import dev.lantern.indexer.fetch.ZipExtractor;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times extracting a .zip with {@link ZipExtractor} and selecting files under one of its folders. A
 * development aid: {@code java … SelectionSpeed SRC.ZIP [FOLDER] [ROUNDS]}, e.g. a JDK's
 * lib/src.zip and java.base.
 */
public final class SelectionSpeed {
  public static void main(String[] args) throws Exception {
    Path zip = Path.of(args[0]);
    String folder = args.length > 1 ? args[1] : "";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path out = Files.createTempDirectory("lantern-speed-");
    try {
      Path tree = out.resolve("tree");
      long t0 = System.nanoTime();
      ZipExtractor.Result r = new ZipExtractor(ArchiveLimits.defaults()).extract(zip, tree);
      System.out.printf(
          "extract: %,d files, %.1f MB in %.2fs%n",
          r.files(), r.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
      for (int round = 0; round < rounds; round++) {
        long t1 = System.nanoTime();
        Selection s = new FileSelector().select(tree.resolve(folder));
        System.out.printf(
            "round %d: select %s in %.2fs%n",
            round, s.report().summary(), (System.nanoTime() - t1) / 1e9);
        if (round == rounds - 1) {
          System.out.print(s.report().format());
        }
      }
    } finally {
      IndexStore.deleteTree(out);
    }
  }
}
