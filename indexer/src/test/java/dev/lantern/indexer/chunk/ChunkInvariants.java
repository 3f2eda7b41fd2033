package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.util.List;

/** Checks that hold for every chunker on every file. */
final class ChunkInvariants {
  private ChunkInvariants() {}

  static void check(SourceFile file, List<Chunk> chunks) {
    Lines lines = new Lines(file.text());
    boolean[] covered = new boolean[lines.count()];
    for (Chunk c : chunks) {
      assertThat(c.path()).isEqualTo(file.path());
      assertThat(c.startLine())
          .as("start of %s in %s", c.qualifiedName(), file.path())
          .isBetween(1, lines.count());
      assertThat(c.endLine())
          .as("end of %s in %s", c.qualifiedName(), file.path())
          .isBetween(c.startLine(), lines.count());
      assertThat(c.text())
          .as("text of %s:%d-%d", file.path(), c.startLine(), c.endLine())
          .isEqualTo(lines.text(c.startLine() - 1, c.endLine() - 1));
      for (int r = c.startLine() - 1; r < c.endLine(); r++) {
        covered[r] = true;
      }
    }
    for (int r = 0; r < covered.length; r++) {
      if (!lines.blank(r)) {
        assertThat(covered[r])
            .as("line %d of %s (%s) is in no chunk", r + 1, file.path(), lines.line(r))
            .isTrue();
      }
    }
  }
}
