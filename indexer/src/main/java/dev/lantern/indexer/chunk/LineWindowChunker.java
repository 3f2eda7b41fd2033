package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Chunks a file without a grammar into {@link LineWindows#TEXT} windows of about 50 lines (40–60),
 * cut at blank lines where possible so paragraphs and blocks of unknown languages stay whole. Also
 * the fallback when a grammar fails.
 */
public final class LineWindowChunker implements Chunker {
  @Override
  public List<Chunk> chunk(SourceFile file) {
    Lines lines = new Lines(file.text());
    List<Chunk> out = new ArrayList<>();
    for (int[] w : LineWindows.TEXT.split(lines, 0, lines.count() - 1)) {
      out.add(
          new Chunk(
              file.path(),
              file.language(),
              w[0] + 1,
              w[1] + 1,
              ChunkKind.WINDOW,
              "",
              "",
              "",
              "",
              lines.text(w[0], w[1]),
              List.of()));
    }
    return out;
  }
}
