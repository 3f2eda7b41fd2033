package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;

/**
 * Chunks code along its syntax with tree-sitter (DESIGN §4): definitions with their doc comments,
 * members split out of types, long bodies cut into windows, module code between them; see {@link
 * ChunkLayout}. Falls back to line windows when the grammar cannot load or a parse fails; a file
 * with syntax errors still chunks, around whatever the parser recovered.
 *
 * <p>Thread-safe: tree-sitter parsers are not, so each thread gets its own. Trees, cursors and
 * parsers are freed by the binding's {@link java.lang.ref.Cleaner} once unreachable; nothing native
 * outlives a call but the per-thread parser.
 */
public final class SyntaxChunker implements Chunker {
  private static final Logger log = LoggerFactory.getLogger(SyntaxChunker.class);

  /**
   * 5 s: java.util's largest file parses in 40 ms; a pathological input must not stall ingestion,
   * it falls back to windows instead.
   */
  private static final long PARSE_TIMEOUT_MICROS = 5_000_000;

  private final Language language;
  private final SizeCap cap;
  private final int smallMemberLines;
  private final Grammar grammar;
  private final ThreadLocal<TSParser> parsers;
  private final Chunker fallback = new LineWindowChunker();

  /** A chunker for one of the languages with a grammar ({@link Language#isCode()}). */
  public SyntaxChunker(Language language) {
    this(language, SizeCap.DEFAULT, ChunkLayout.SMALL_MEMBER_LINES);
  }

  /** With other limits, so tests can show on small files how large ones split. */
  SyntaxChunker(Language language, SizeCap cap, int smallMemberLines) {
    this.language = language;
    this.cap = cap;
    this.smallMemberLines = smallMemberLines;
    this.grammar = load(language);
    this.parsers =
        ThreadLocal.withInitial(
            () -> {
              TSParser p = new TSParser();
              p.setLanguage(grammar.language);
              p.setTimeoutMicros(PARSE_TIMEOUT_MICROS);
              return p;
            });
  }

  private static Grammar load(Language language) {
    try {
      return new Grammar(LanguageRules.of(language));
    } catch (RuntimeException | LinkageError e) {
      log.warn("the {} grammar did not load ({}); using line windows", language.id(), e.toString());
      return null;
    }
  }

  @Override
  public List<Chunk> chunk(SourceFile file) {
    if (file.text().isBlank()) {
      return List.of();
    }
    if (grammar == null) {
      return fallback.chunk(file);
    }
    try {
      return chunkSyntax(file);
    } catch (RuntimeException | LinkageError e) {
      log.warn("parsing {} failed ({}); using line windows", file.path(), e.toString());
      return fallback.chunk(file);
    }
  }

  private List<Chunk> chunkSyntax(SourceFile file) {
    Lines lines = new Lines(file.text());
    TSTree tree = parse(lines.utf8());
    if (tree == null) {
      log.warn("parsing {} timed out; using line windows", file.path());
      return fallback.chunk(file);
    }
    SyntaxWalker walker =
        new SyntaxWalker(grammar, lines, new Declarations(grammar, language, lines.utf8()));
    walker.walk(tree.getRootNode());
    if (grammar.jsxElements != null && (file.text().contains("/>") || file.text().contains("</"))) {
      componentReferences(tree, lines, walker.references);
    }
    new DocComments(lines, grammar.rules).attach(sorted(walker.top), 0);
    List<ChunkLayout.Piece> pieces = new ChunkLayout(lines, cap, smallMemberLines).layout(walker.top);
    return toChunks(file, lines, pieces, walker.references);
  }

  private TSTree parse(byte[] utf8) {
    TSParser parser = parsers.get();
    // Our own UTF-8 bytes go in, so node byte offsets index them directly.
    TSTree tree =
        parser.parse(
            new byte[Math.min(utf8.length, 64 * 1024) + 1],
            null,
            (buf, offset, position) -> {
              if (offset >= utf8.length) {
                return 0;
              }
              int n = Math.min(buf.length, utf8.length - offset);
              System.arraycopy(utf8, offset, buf, 0, n);
              return n;
            },
            TSInputEncoding.TSInputEncodingUTF8);
    if (tree == null) {
      // A timed-out parser would resume the abandoned parse on its next call.
      parser.reset();
    }
    return tree;
  }

  /** Components a JSX element renders count as calls: {@code <UserCard/>} references UserCard. */
  private void componentReferences(TSTree tree, Lines lines, References refs) {
    TSQueryCursor cursor = new TSQueryCursor();
    cursor.exec(grammar.jsxElements, tree.getRootNode());
    TSQueryMatch match = new TSQueryMatch();
    Declarations text = new Declarations(grammar, language, lines.utf8());
    while (cursor.nextMatch(match)) {
      for (TSQueryCapture capture : match.getCaptures()) {
        String name = text.text(capture.getNode());
        // Lower-case names are HTML tags, not components.
        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
          refs.addCall(lines.rowOfByte(capture.getNode().getStartByte()), name);
        }
      }
    }
  }

  private static List<Definition> sorted(List<Definition> defs) {
    defs.sort(java.util.Comparator.comparingInt(d -> d.startRow));
    for (Definition d : defs) {
      sorted(d.children);
    }
    return defs;
  }

  private List<Chunk> toChunks(
      SourceFile file, Lines lines, List<ChunkLayout.Piece> pieces, References refs) {
    List<Chunk> out = new ArrayList<>(pieces.size());
    References.Cursor names = refs.cursor();
    for (ChunkLayout.Piece p : pieces) {
      Definition d = p.owner;
      out.add(
          new Chunk(
              file.path(),
              language,
              p.start + 1,
              p.end + 1,
              d == null ? ChunkKind.MODULE : d.kind,
              d == null ? "" : d.name,
              d == null ? "" : d.qualifiedName,
              d == null ? "" : d.signature,
              d == null || !p.head ? "" : d.doc,
              lines.text(p.start, p.end),
              names.take(p.start, p.end)));
    }
    return out;
  }
}
