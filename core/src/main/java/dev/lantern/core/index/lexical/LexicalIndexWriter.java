package dev.lantern.core.index.lexical;

import static dev.lantern.core.index.lexical.LexicalFields.*;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes chunk and file documents into a new Lucene index directory. Thread-safe: chunking workers
 * add concurrently; chunk ordinals are handed out in call order and become vector ids.
 */
public final class LexicalIndexWriter implements AutoCloseable {
  private final IndexWriter writer;
  private final AtomicInteger nextOrd = new AtomicInteger();

  public LexicalIndexWriter(Path directory) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(new CodeAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      // 256 MB: java.base's 52 MB of source indexes without intermediate flushes on most runs.
      config.setRAMBufferSizeMB(256);
      config.setMergePolicy(new LogByteSizeMergePolicy());
      config.setUseCompoundFile(false);
      this.writer = new IndexWriter(FSDirectory.open(directory), config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create lexical index in " + directory, e);
    }
  }

  /** Adds a whole-file document (ranked on its own: evidence spread over a file counts). */
  public void addFile(SourceFile file, int lineCount) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_FILE, Field.Store.NO));
    doc.add(new StringField(PATH, file.path(), Field.Store.YES));
    doc.add(new TextField(PATH_TEXT, file.path(), Field.Store.NO));
    doc.add(new TextField(TEXT, file.text(), Field.Store.YES));
    doc.add(new StoredField(LANGUAGE, file.language().id()));
    doc.add(new StoredField(LINES, lineCount));
    doc.add(new StoredField(SIZE, file.sizeBytes()));
    add(doc);
  }

  /** Adds a chunk and returns its ordinal. */
  public int addChunk(Chunk chunk) {
    int ord = nextOrd.getAndIncrement();
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_CHUNK, Field.Store.NO));
    doc.add(new IntPoint(ORD, ord));
    doc.add(new StoredField(ORD, ord));
    doc.add(new NumericDocValuesField(ORD, ord));
    doc.add(new StringField(PATH, chunk.path(), Field.Store.YES));
    doc.add(new TextField(PATH_TEXT, chunk.path(), Field.Store.NO));
    String names = (chunk.symbol() + " " + chunk.qualifiedName()).trim();
    if (!names.isEmpty()) {
      doc.add(new TextField(SYMBOL, names, Field.Store.NO));
    }
    if (!chunk.symbol().isEmpty()) {
      doc.add(new StringField(SYMBOL_EXACT, lower(chunk.symbol()), Field.Store.NO));
    }
    if (!chunk.qualifiedName().isEmpty()) {
      doc.add(new StringField(SYMBOL_EXACT, lower(chunk.qualifiedName()), Field.Store.NO));
    }
    for (String name : chunk.names()) {
      doc.add(new StringField(SYMBOL_EXACT, lower(name), Field.Store.NO));
    }
    for (String ref : chunk.references()) {
      doc.add(new StringField(REF_EXACT, lower(lastSegment(ref)), Field.Store.NO));
    }
    doc.add(new TextField(SIGNATURE, chunk.signature(), Field.Store.YES));
    doc.add(new TextField(DOC, chunk.doc(), Field.Store.YES));
    doc.add(new TextField(TEXT, chunk.text(), Field.Store.YES));
    doc.add(new StoredField(LANGUAGE, chunk.language().id()));
    doc.add(new StoredField(KIND, chunk.kind().name()));
    doc.add(new StoredField(START, chunk.startLine()));
    doc.add(new StoredField(END, chunk.endLine()));
    doc.add(new StoredField(SYMBOL_NAME, chunk.symbol()));
    doc.add(new StoredField(QUALIFIED, chunk.qualifiedName()));
    if (!chunk.names().isEmpty()) {
      doc.add(new StoredField(NAMES, String.join(" ", chunk.names())));
    }
    add(doc);
    return ord;
  }

  /** Number of chunks added so far. */
  public int chunkCount() {
    return nextOrd.get();
  }

  private void add(Document doc) {
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits and merges to one segment: searches on a fresh index are then fastest. */
  public void commit() {
    try {
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code os.path.join} → {@code join}: callers match on the called name. */
  static String lastSegment(String ref) {
    int dot = Math.max(ref.lastIndexOf('.'), ref.lastIndexOf(':'));
    return dot >= 0 && dot + 1 < ref.length() ? ref.substring(dot + 1) : ref;
  }
}
