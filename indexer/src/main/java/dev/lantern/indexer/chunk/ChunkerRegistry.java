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
 * The chunker to use for any file: picks by language — {@link SyntaxChunker} for code, {@link
 * MarkdownChunker} for Markdown, {@link LineWindowChunker} for everything else — and falls back to
 * line windows if a chunker fails, so one odd file never stops an index build. Thread-safe.
 */
public final class ChunkerRegistry implements Chunker {
  private static final Logger log = LoggerFactory.getLogger(ChunkerRegistry.class);
  private final Map<Language, Chunker> byLanguage = new EnumMap<>(Language.class);
  private final Chunker windows = new LineWindowChunker();

  public ChunkerRegistry() {
    for (Language l : Language.values()) {
      byLanguage.put(l, create(l));
    }
  }

  private Chunker create(Language language) {
    if (language.isCode()) {
      return new SyntaxChunker(language);
    }
    return language == Language.MARKDOWN ? new MarkdownChunker() : windows;
  }

  /** The chunker that handles {@code language}. */
  public Chunker forLanguage(Language language) {
    return byLanguage.get(language);
  }

  @Override
  public List<Chunk> chunk(SourceFile file) {
    try {
      return forLanguage(file.language()).chunk(file);
    } catch (RuntimeException | StackOverflowError e) {
      log.warn("chunking {} failed ({}); using line windows", file.path(), e.toString());
      return windows.chunk(file);
    }
  }
}
