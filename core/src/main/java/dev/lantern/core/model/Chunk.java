package dev.lantern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A span of one file that is indexed and retrieved as a unit: usually one definition.
 *
 * @param path repository-relative path
 * @param language language of the file
 * @param startLine first line, 1-based, inclusive
 * @param endLine last line, 1-based, inclusive, {@code >= startLine}
 * @param kind what the span holds
 * @param symbol simple name of the definition ({@code "parse"}), or empty
 * @param qualifiedName enclosing names joined by dots ({@code "Parser.parse"}), or empty
 * @param signature the definition's header line(s) without the body, or empty
 * @param doc the doc comment or docstring attached to the definition, or empty
 * @param text the span's source text
 * @param references identifiers this span calls or imports (for the symbol table), deduplicated
 * @param names module-level names the span binds outside any definition ({@code request = …},
 *     {@code const DEFAULT_TIMEOUT = …}, Go's {@code var}/{@code const}): found by name as
 *     definitions are, though the span is not one
 */
public record Chunk(
    String path,
    Language language,
    int startLine,
    int endLine,
    ChunkKind kind,
    String symbol,
    String qualifiedName,
    String signature,
    String doc,
    String text,
    List<String> references,
    List<String> names) {

  /** A chunk that binds no module-level names. */
  public Chunk(
      String path,
      Language language,
      int startLine,
      int endLine,
      ChunkKind kind,
      String symbol,
      String qualifiedName,
      String signature,
      String doc,
      String text,
      List<String> references) {
    this(
        path,
        language,
        startLine,
        endLine,
        kind,
        symbol,
        qualifiedName,
        signature,
        doc,
        text,
        references,
        List.of());
  }

  public Chunk {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(kind, "kind");
    symbol = symbol == null ? "" : symbol;
    qualifiedName = qualifiedName == null ? "" : qualifiedName;
    signature = signature == null ? "" : signature;
    doc = doc == null ? "" : doc;
    Objects.requireNonNull(text, "text");
    references = references == null ? List.of() : List.copyOf(references);
    names = names == null ? List.of() : List.copyOf(names);
    if (startLine < 1 || endLine < startLine) {
      throw new IllegalArgumentException(
          "invalid line range " + startLine + "-" + endLine + " in " + path);
    }
  }

  /** Number of lines the chunk spans. */
  public int lineCount() {
    return endLine - startLine + 1;
  }
}
