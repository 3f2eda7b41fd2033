package dev.lantern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A place in the code that answers cite as {@code path:start-end}.
 *
 * @param path repository-relative path
 * @param startLine first line, 1-based, inclusive
 * @param endLine last line, 1-based, inclusive
 * @param symbol the definition's qualified name, or empty
 * @param kind the chunk kind's name in lower case ({@code "function"}), or empty
 * @param signature the definition's header, or empty
 * @param doc the definition's doc comment, or empty
 * @param score fused relevance, higher is better; comparable only within one result list
 * @param snippet the lines themselves (possibly shortened)
 * @param names the module-level names that lines without a definition bind ({@code request_started
 *     = _signals.signal(…)}), in order; empty for a definition
 */
public record Location(
    String path,
    int startLine,
    int endLine,
    String symbol,
    String kind,
    String signature,
    String doc,
    double score,
    String snippet,
    List<String> names) {

  public Location {
    Objects.requireNonNull(path, "path");
    symbol = symbol == null ? "" : symbol;
    kind = kind == null ? "" : kind;
    signature = signature == null ? "" : signature;
    doc = doc == null ? "" : doc;
    snippet = snippet == null ? "" : snippet;
    names = names == null ? List.of() : List.copyOf(names);
  }

  /** A place that binds no module-level names of its own. */
  public Location(
      String path,
      int startLine,
      int endLine,
      String symbol,
      String kind,
      String signature,
      String doc,
      double score,
      String snippet) {
    this(path, startLine, endLine, symbol, kind, signature, doc, score, snippet, List.of());
  }

  /** The citation form used in answers: {@code path:start-end}. */
  public String citation() {
    return startLine == endLine ? path + ":" + startLine : path + ":" + startLine + "-" + endLine;
  }

  /** True when the two locations are in the same file and their line ranges overlap. */
  public boolean overlaps(Location other) {
    return path.equals(other.path) && startLine <= other.endLine && other.startLine <= endLine;
  }
}
