package dev.lantern.core.index.lexical;

import static dev.lantern.core.index.lexical.LexicalFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Read side of the lexical index: BM25 search over chunks or files, chunk look-up by ordinal,
 * symbol and caller look-ups, and file text. Thread-safe.
 */
public final class LexicalIndex implements AutoCloseable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int[] docByOrd;
  private final Map<String, Integer> fileDocByPath;
  private final List<String> sortedPaths;

  private LexicalIndex(DirectoryReader reader) throws IOException {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.docByOrd = mapOrdinals(reader);
    this.fileDocByPath = mapFiles();
    this.sortedPaths = fileDocByPath.keySet().stream().sorted().toList();
  }

  public static LexicalIndex open(Path directory) {
    try {
      return new LexicalIndex(DirectoryReader.open(FSDirectory.open(directory)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open lexical index in " + directory, e);
    }
  }

  private static int[] mapOrdinals(DirectoryReader reader) throws IOException {
    int[] map = new int[16];
    int max = -1;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
      if (ords == null) {
        continue;
      }
      for (int doc = ords.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ords.nextDoc()) {
        int ord = (int) ords.longValue();
        if (ord >= map.length) {
          map = Arrays.copyOf(map, Math.max(ord + 1, map.length * 2));
        }
        map[ord] = leaf.docBase + doc;
        max = Math.max(max, ord);
      }
    }
    return Arrays.copyOf(map, max + 1);
  }

  private Map<String, Integer> mapFiles() throws IOException {
    Map<String, Integer> map = new HashMap<>();
    TopDocs files =
        searcher.search(new TermQuery(new Term(TYPE, TYPE_FILE)), Math.max(1, reader.maxDoc()));
    StoredFields stored = reader.storedFields();
    for (ScoreDoc sd : files.scoreDocs) {
      map.put(stored.document(sd.doc, java.util.Set.of(PATH)).get(PATH), sd.doc);
    }
    return map;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public int chunkCount() {
    return docByOrd.length;
  }

  public int fileCount() {
    return fileDocByPath.size();
  }

  /** A scored hit: a chunk ordinal or a file path, with its BM25 score. */
  public record Hit(int ord, String path, float score) {}

  /** BM25 over chunk documents; {@code query} is combined with a chunk-type filter. */
  public List<Hit> searchChunks(Query query, int n) {
    return search(query, TYPE_CHUNK, n, true);
  }

  /** BM25 over whole-file documents. */
  public List<Hit> searchFiles(Query query, int n) {
    return search(query, TYPE_FILE, n, false);
  }

  /** Number of whole-file documents matching {@code query}. */
  public int countFiles(Query query) {
    try {
      return searcher.count(ofType(query, TYPE_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query ofType(Query query, String type) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER)
        .build();
  }

  private List<Hit> search(Query query, String type, int n, boolean chunks) {
    try {
      TopDocs top = searcher.search(ofType(query, type), n);
      StoredFields stored = reader.storedFields();
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d =
            stored.document(sd.doc, chunks ? java.util.Set.of(ORD, PATH) : java.util.Set.of(PATH));
        int ord = chunks ? d.getField(ORD).numericValue().intValue() : -1;
        hits.add(new Hit(ord, d.get(PATH), sd.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a chunk is: its ordinal, path and 1-based inclusive lines. */
  public record Span(int ord, String path, int startLine, int endLine) {}

  /** Chunks matching {@code query}, by where they are only (no text is read). */
  public List<Span> chunkSpans(Query query, int n) {
    try {
      TopDocs top = searcher.search(ofType(query, TYPE_CHUNK), n);
      StoredFields stored = reader.storedFields();
      List<Span> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, java.util.Set.of(ORD, PATH, START, END));
        out.add(
            new Span(
                d.getField(ORD).numericValue().intValue(),
                d.get(PATH),
                d.getField(START).numericValue().intValue(),
                d.getField(END).numericValue().intValue()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chunk with ordinal {@code ord}. */
  public StoredChunk chunk(int ord) {
    if (ord < 0 || ord >= docByOrd.length) {
      throw new IllegalArgumentException("no chunk " + ord);
    }
    try {
      Document d = reader.storedFields().document(docByOrd[ord]);
      return new StoredChunk(
          ord,
          d.get(PATH),
          d.get(LANGUAGE),
          d.get(KIND),
          d.getField(START).numericValue().intValue(),
          d.getField(END).numericValue().intValue(),
          d.get(SYMBOL_NAME),
          d.get(QUALIFIED),
          d.get(SIGNATURE),
          d.get(DOC),
          d.get(TEXT),
          d.get(NAMES) == null ? List.of() : List.of(d.get(NAMES).split(" ")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where the chunks of files under {@code folder} (a path prefix such as {@code "src/app/"}; empty
   * for all) are, at most {@code limit} of them.
   */
  public List<Span> chunksUnder(String folder, int limit) {
    return chunkSpans(new org.apache.lucene.search.PrefixQuery(new Term(PATH, folder)), limit);
  }

  /** How many chunks call or import {@code name}: how much of the code leans on it. */
  public int referenceCount(String name) {
    try {
      return reader.docFreq(
          new Term(REF_EXACT, LexicalIndexWriter.lower(LexicalIndexWriter.lastSegment(name))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chunks of one indexed file, in line order; empty when the path is not indexed. */
  public List<StoredChunk> chunksOf(String path) {
    if (!fileDocByPath.containsKey(path)) {
      return List.of();
    }
    List<StoredChunk> out = new ArrayList<>();
    for (Span s : chunkSpans(new TermQuery(new Term(PATH, path)), Math.max(1, reader.maxDoc()))) {
      out.add(chunk(s.ord()));
    }
    out.sort(
        java.util.Comparator.comparingInt(StoredChunk::startLine)
            .thenComparingInt(StoredChunk::endLine));
    return out;
  }

  /** Ordinals of chunks whose simple or qualified name equals {@code name} (case-insensitive). */
  public List<Integer> chunksNamed(String name, int limit) {
    return definitions(name, limit).stream().map(Hit::ord).toList();
  }

  /** Chunks (ordinal and path) whose simple or qualified name equals {@code name}. */
  public List<Hit> definitions(String name, int limit) {
    return matching(new TermQuery(new Term(SYMBOL_EXACT, LexicalIndexWriter.lower(name))), limit);
  }

  /** Ordinals of chunks that call or import {@code name}. */
  public List<Integer> chunksReferencing(String name, int limit) {
    return references(name, limit).stream().map(Hit::ord).toList();
  }

  /**
   * Chunks (ordinal and path) whose text holds {@code identifier} as a whole word: in code, but
   * also in comments and strings, which the caller tells apart. The word is looked up as the
   * analyser indexes it (the whole identifier, lower-cased and stemmed), so a match may differ in
   * case.
   */
  public List<Hit> mentions(String identifier, int limit) {
    String term = wholeToken(identifier);
    return term == null ? List.of() : searchChunks(new TermQuery(new Term(TEXT, term)), limit);
  }

  private static final CodeAnalyzer ANALYZER = new CodeAnalyzer();

  /** The indexed form of a whole identifier: the first term the analyser makes of it. */
  private static String wholeToken(String identifier) {
    List<String> terms = ANALYZER.terms(identifier);
    return terms.isEmpty() ? null : terms.get(0);
  }

  /** Chunks (ordinal and path) that call or import {@code name}. */
  public List<Hit> references(String name, int limit) {
    String key = LexicalIndexWriter.lower(LexicalIndexWriter.lastSegment(name));
    return matching(new TermQuery(new Term(REF_EXACT, key)), limit);
  }

  private List<Hit> matching(Query query, int limit) {
    try {
      TopDocs top = searcher.search(query, limit);
      StoredFields stored = reader.storedFields();
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, java.util.Set.of(ORD, PATH));
        hits.add(new Hit(d.getField(ORD).numericValue().intValue(), d.get(PATH), sd.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole text of an indexed file. */
  public Optional<String> fileText(String path) {
    Integer doc = fileDocByPath.get(path);
    if (doc == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(
          reader.storedFields().document(doc, java.util.Set.of(TEXT)).get(TEXT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of lines of an indexed file, or empty when the path is not indexed. */
  public Optional<Integer> fileLines(String path) {
    Integer doc = fileDocByPath.get(path);
    if (doc == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          reader
              .storedFields()
              .document(doc, java.util.Set.of(LINES))
              .getField(LINES)
              .numericValue()
              .intValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many chunks each indexed file has, from the path terms' document counts (no stored field is
   * read, so this stays fast on large indexes).
   */
  public Map<String, Integer> chunksPerFile() {
    Map<String, Integer> out = new HashMap<>();
    try {
      org.apache.lucene.index.Terms terms =
          org.apache.lucene.index.MultiTerms.getTerms(reader, PATH);
      if (terms == null) {
        return out;
      }
      org.apache.lucene.index.TermsEnum te = terms.iterator();
      for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
        String path = t.utf8ToString();
        if (fileDocByPath.containsKey(path)) {
          out.put(path, te.docFreq() - 1); // less the whole-file document
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every indexed path, sorted. */
  public List<String> paths() {
    return sortedPaths;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
