package dev.lantern.query.retrieve;

import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small codebase for call-graph tests, built definition by definition and indexed through the
 * production writer on first look-up.
 */
public final class CallIndex implements AutoCloseable {
  private final Path root;
  private final Map<String, StringBuilder> files = new LinkedHashMap<>();
  private final List<Chunk> chunks = new ArrayList<>();
  private OpenIndex index;

  public CallIndex(Path root) {
    this.root = root;
  }

  /**
   * Appends a function to {@code path}, its lines following the file's previous ones; {@code calls}
   * are the references the chunker would record.
   */
  public void define(
      String path, Language lang, String owner, String name, String text, String... calls) {
    add(path, lang, ChunkKind.FUNCTION, owner, name, text, calls);
  }

  public void add(
      String path,
      Language lang,
      ChunkKind kind,
      String owner,
      String name,
      String text,
      String... calls) {
    int[] lines = append(path, text);
    String qualified = owner.isEmpty() ? name : owner + "." + name;
    chunks.add(
        new Chunk(
            path,
            lang,
            lines[0],
            lines[1],
            kind,
            name,
            qualified,
            text.lines().findFirst().orElse(""),
            "",
            text,
            List.of(calls)));
  }

  /** Top-level code in {@code path} that binds {@code names} ({@code var resolve = …}). */
  public void bind(String path, Language lang, String text, String... names) {
    int[] lines = append(path, text);
    chunks.add(
        new Chunk(
            path,
            lang,
            lines[0],
            lines[1],
            ChunkKind.MODULE,
            "",
            "",
            "",
            "",
            text,
            List.of(),
            List.of(names)));
  }

  /** Appends {@code text} to {@code path}; the first and last line it takes. */
  private int[] append(String path, String text) {
    StringBuilder file = files.computeIfAbsent(path, p -> new StringBuilder());
    int start = (int) file.toString().lines().count() + 1;
    file.append(text);
    return new int[] {start, start + (int) text.lines().count() - 1};
  }

  /** A blank line in {@code path}, so that the definitions around it do not touch. */
  public void blank(String path) {
    files.computeIfAbsent(path, p -> new StringBuilder()).append("\n");
  }

  public OpenIndex index() {
    if (index == null) {
      Map<String, String> texts = new LinkedHashMap<>();
      files.forEach((p, b) -> texts.put(p, b.toString()));
      index = TestIndexes.lexical(root, texts, chunks);
    }
    return index;
  }

  /** The indexed place named {@code qualified}. */
  public Location place(String qualified) {
    for (int ord = 0; ord < index().lexical().chunkCount(); ord++) {
      Location l = HybridRetriever.toLocation(index().lexical().chunk(ord), 0);
      if (l.symbol().equals(qualified)) {
        return l;
      }
    }
    throw new AssertionError("no chunk " + qualified);
  }

  @Override
  public void close() {
    if (index != null) {
      index.close();
    }
  }
}
