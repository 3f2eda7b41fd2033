package dev.lantern.indexer.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the mount table says about a directory (Linux {@code /proc/self/mounts}). */
final class Mounts {
  private static final Path TABLE = Path.of("/proc/self/mounts");

  private Mounts() {}

  /**
   * Whether {@code dir} lies on a file system mounted {@code noexec}, where native libraries cannot
   * be loaded. False where there is no mount table to read.
   */
  static boolean noexec(Path dir) throws IOException {
    if (!Files.isReadable(TABLE)) {
      return false;
    }
    return noexec(dir.toRealPath().toString(), Files.readAllLines(TABLE));
  }

  /** The same, from the mount table's lines: the longest mount point holding {@code path} rules. */
  static boolean noexec(String path, List<String> table) {
    String best = null;
    boolean noexec = false;
    for (String line : table) {
      String[] f = line.split(" ");
      if (f.length < 4) {
        continue;
      }
      String point = f[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\");
      boolean holds =
          path.equals(point) || path.startsWith(point.endsWith("/") ? point : point + "/");
      if (holds && (best == null || point.length() >= best.length())) {
        best = point;
        noexec = List.of(f[3].split(",")).contains("noexec");
      }
    }
    return noexec;
  }
}
