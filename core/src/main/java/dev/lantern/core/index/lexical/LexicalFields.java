package dev.lantern.core.index.lexical;

/** Field names of the lexical index, shared by the writer and the retriever. */
public final class LexicalFields {
  /** "chunk" or "file". */
  public static final String TYPE = "type";

  public static final String TYPE_CHUNK = "chunk";
  public static final String TYPE_FILE = "file";

  /** Chunk ordinal; also the chunk's id in the vector index. Stored and doc-valued. */
  public static final String ORD = "ord";

  /** Exact path, for filters and lookups. */
  public static final String PATH = "path";

  /** Path analysed into words ({@code src/upload/RetryPolicy.java} → src, upload, retry…). */
  public static final String PATH_TEXT = "path_text";

  /** Symbol simple and qualified names, analysed. */
  public static final String SYMBOL = "symbol";

  /** Lower-cased simple and qualified names, exact, for symbol look-ups. */
  public static final String SYMBOL_EXACT = "symbol_exact";

  /** Identifiers the chunk calls or imports, lower-cased, exact, for callers. */
  public static final String REF_EXACT = "ref_exact";

  public static final String SIGNATURE = "signature";
  public static final String DOC = "doc";

  /** Source text (chunk span, or whole file for file documents), analysed. */
  public static final String TEXT = "text";

  public static final String LANGUAGE = "lang";
  public static final String KIND = "kind";
  public static final String START = "start";
  public static final String END = "end";
  public static final String QUALIFIED = "qualified";
  public static final String SYMBOL_NAME = "symbol_name";

  /** Module-level names a chunk binds, stored space-separated (and exact in SYMBOL_EXACT). */
  public static final String NAMES = "names";

  public static final String LINES = "lines";
  public static final String SIZE = "size";

  private LexicalFields() {}
}
