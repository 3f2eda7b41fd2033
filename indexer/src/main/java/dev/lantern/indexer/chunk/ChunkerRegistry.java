package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the chunker for a file's language: tree-sitter for code, sections for Markdown, line
 * windows for the rest, and line windows again if a grammar cannot load or a parse fails.
 */
public final class ChunkerRegistry implements Chunker {
  private static final Logger log = LoggerFactory.getLogger(ChunkerRegistry.class);
  private final Map<Language, Chunker> byLanguage = new EnumMap<>(Language.class);
  private final Chunker windows = new LineWindowChunker();

  public ChunkerRegistry() {
    for (Language l : Language.values()) {
      if (l.isCode()) {
        byLanguage.put(l, new SyntaxChunker(l));
      }
    }
    byLanguage.put(Language.MARKDOWN, new MarkdownChunker());
  }

  @Override
  public List<Chunk> chunk(SourceFile file) {
    Chunker c = byLanguage.getOrDefault(file.language(), windows);
    try {
      return c.chunk(file);
    } catch (RuntimeException | LinkageError e) {
      log.warn(
          "chunking {} with its grammar failed ({}); using line windows",
          file.path(),
          e.toString());
      return windows.chunk(file);
    }
  }
}
