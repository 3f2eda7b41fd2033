package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Chunks code along its syntax (DESIGN §4): a chunk is a definition with its doc comment; a
 * definition longer than {@value #MAX_DEFINITION_LINES} lines is split into its members plus header
 * chunks for what lies between them (declaration line, fields), and a long member into windows
 * carrying its name and signature; code between definitions forms module chunks. Every non-blank
 * line lands in some chunk. Thread-safe: one parser per thread.
 */
public final class SyntaxChunker implements Chunker {
  /**
   * 120 lines: most methods and small classes stay whole; past it a chunk's words dilute BM25 and
   * the embedding model sees only the first ~128 tokens anyway.
   */
  static final int MAX_DEFINITION_LINES = 120;

  /** Module gaps of at most this many non-blank lines join a neighbouring definition. */
  static final int SMALL_GAP_LINES = 3;

  /** Windows for long members and long module code. */
  static final int WINDOW = 60;

  /** No chunk is longer than this: a whole definition, or a window with its slack. */
  static final int MAX_CHUNK_LINES = Math.max(MAX_DEFINITION_LINES, WINDOW + WINDOW / 2);

  private final Language language;
  private final LanguageSpec spec;
  private final ThreadLocal<TSParser> parsers;
  private final Chunker fallback = new LineWindowChunker();

  public SyntaxChunker(Language language) {
    this.language = language;
    this.spec = LanguageSpec.of(language);
    this.parsers =
        ThreadLocal.withInitial(
            () -> {
              TSParser p = new TSParser();
              p.setLanguage(spec.grammar().get());
              // 5 s: a pathological file must not stall ingestion; it falls back to windows.
              p.setTimeoutMicros(5_000_000);
              return p;
            });
  }

  @Override
  public List<Chunk> chunk(SourceFile file) {
    if (file.text().isBlank()) {
      return List.of();
    }
    byte[] utf8 = file.text().getBytes(StandardCharsets.UTF_8);
    TSTree tree;
    try {
      // The reader hands tree-sitter our own UTF-8 bytes, so node byte offsets index `utf8`.
      byte[] buffer = new byte[64 * 1024];
      tree =
          parsers
              .get()
              .parse(
                  buffer,
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
    } catch (RuntimeException | LinkageError e) {
      return fallback.chunk(file);
    }
    if (tree == null) {
      return fallback.chunk(file);
    }
    Lines lines = new Lines(file.text());
    TreeWalker walker = new TreeWalker(spec, utf8, lines);
    walker.walk(tree.getRootNode());
    List<Piece> pieces = new ArrayList<>();
    gaps(lines, 0, lines.count() - 1, walker.top, null, pieces);
    for (Definition d : walker.top) {
      emit(lines, d, pieces);
    }
    pieces.sort(Comparator.comparingInt(p -> p.start));
    absorbClosers(lines, pieces);
    absorbSmallModuleGaps(lines, pieces);
    absorbCommentGaps(lines, pieces);
    return toChunks(file, lines, pieces, walker.refs, walker.names);
  }

  /** A line range and the definition (or none) it belongs to. */
  private static final class Piece {
    int start;
    int end;
    final Definition owner;
    final boolean whole;

    Piece(int start, int end, Definition owner, boolean whole) {
      this.start = start;
      this.end = end;
      this.owner = owner;
      this.whole = whole;
    }
  }

  private void emit(Lines lines, Definition d, List<Piece> out) {
    if (d.lines() <= MAX_DEFINITION_LINES) {
      out.add(new Piece(d.startRow, d.endRow, d, true));
    } else if (!d.children.isEmpty()) {
      gaps(lines, d.startRow, d.endRow, d.children, d, out);
      for (Definition c : d.children) {
        emit(lines, c, out);
      }
    } else {
      for (int[] w :
          LineWindowChunker.windows(
              lines, d.startRow, d.endRow, WINDOW, WINDOW / 2, WINDOW + WINDOW / 2)) {
        out.add(new Piece(w[0], w[1], d, false));
      }
    }
  }

  /** Pieces for the rows of {@code from..to} that no child covers; blank-only gaps make none. */
  private static void gaps(
      Lines lines, int from, int to, List<Definition> children, Definition owner, List<Piece> out) {
    int cursor = from;
    List<Definition> sorted = new ArrayList<>(children);
    sorted.sort(Comparator.comparingInt(c -> c.startRow));
    List<int[]> ranges = new ArrayList<>();
    for (Definition c : sorted) {
      if (c.startRow > cursor) {
        ranges.add(new int[] {cursor, c.startRow - 1});
      }
      cursor = Math.max(cursor, c.endRow + 1);
    }
    if (cursor <= to) {
      ranges.add(new int[] {cursor, to});
    }
    for (int[] r : ranges) {
      for (int[] w :
          LineWindowChunker.windows(
              lines, r[0], Math.min(r[1], to), WINDOW, WINDOW / 2, WINDOW + WINDOW / 2)) {
        out.add(new Piece(w[0], w[1], owner, false));
      }
    }
  }

  /** Gap pieces of only closing punctuation ("}", "});") join the piece before them. */
  private static void absorbClosers(Lines lines, List<Piece> pieces) {
    for (int i = pieces.size() - 1; i > 0; i--) {
      Piece p = pieces.get(i);
      Piece prev = pieces.get(i - 1);
      if (!p.whole
          && p.end - p.start < 3
          && onlyPunctuation(lines.text(p.start, p.end))
          && fits(prev.start, Math.max(prev.end, p.end))) {
        prev.end = Math.max(prev.end, p.end);
        pieces.remove(i);
      }
    }
  }

  /**
   * A module gap of a few lines (a package line, two imports) is no useful answer on its own: it
   * joins the definition right after it, or the piece before when it ends the file.
   */
  private static void absorbSmallModuleGaps(Lines lines, List<Piece> pieces) {
    if (pieces.size() > 1) {
      absorb(pieces, p -> p.owner == null && nonBlank(lines, p.start, p.end) <= SMALL_GAP_LINES);
    }
  }

  /**
   * A gap inside a definition that holds only comments (a section note, a doc comment the parser
   * did not tie to its method) says nothing by itself: it joins the piece after it, or before it at
   * the end. Otherwise it would be a chunk named after the class, carrying the class's doc.
   */
  private static void absorbCommentGaps(Lines lines, List<Piece> pieces) {
    absorb(pieces, p -> p.owner != null && !p.whole && onlyComments(lines, p.start, p.end));
  }

  /**
   * Each piece that {@code absorbed} accepts joins the next piece, else the previous one, as long
   * as the result stays within the cap.
   */
  private static void absorb(List<Piece> pieces, java.util.function.Predicate<Piece> absorbed) {
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (!absorbed.test(p)) {
        continue;
      }
      if (i + 1 < pieces.size() && fits(p.start, pieces.get(i + 1).end)) {
        pieces.get(i + 1).start = p.start;
      } else if (i > 0 && fits(pieces.get(i - 1).start, p.end)) {
        pieces.get(i - 1).end = p.end;
      } else {
        continue;
      }
      pieces.remove(i);
      i--;
    }
  }

  private static boolean onlyComments(Lines lines, int from, int to) {
    for (int r = from; r <= to; r++) {
      String t = lines.text(r, r).strip();
      if (!t.isEmpty()
          && !t.startsWith("//")
          && !t.startsWith("/*")
          && !t.startsWith("*")
          // "# note" in Python; JavaScript's #private fields are code.
          && !t.startsWith("# ")
          && !t.equals("#")) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(int startRow, int endRow) {
    return endRow - startRow + 1 <= MAX_CHUNK_LINES;
  }

  private static int nonBlank(Lines lines, int from, int to) {
    int n = 0;
    for (int r = from; r <= to; r++) {
      if (!lines.blank(r)) {
        n++;
      }
    }
    return n;
  }

  private static boolean onlyPunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private List<Chunk> toChunks(
      SourceFile file,
      Lines lines,
      List<Piece> pieces,
      List<TreeWalker.Ref> refs,
      List<TreeWalker.Ref> names) {
    List<Chunk> out = new ArrayList<>(pieces.size());
    List<TreeWalker.Ref> sortedRefs = new ArrayList<>(refs);
    sortedRefs.sort(Comparator.comparingInt(TreeWalker.Ref::row));
    for (Piece p : pieces) {
      Definition d = p.owner;
      ChunkKind kind = d == null ? ChunkKind.MODULE : d.kind;
      Set<String> chunkRefs = new LinkedHashSet<>();
      for (TreeWalker.Ref r : sortedRefs) {
        if (r.row() > p.end) {
          break;
        }
        if (r.row() >= p.start && chunkRefs.size() < 50) {
          chunkRefs.add(r.name());
        }
      }
      List<String> bound = new ArrayList<>();
      for (TreeWalker.Ref n : names) {
        if (n.row() >= p.start && n.row() <= p.end && !bound.contains(n.name())) {
          bound.add(n.name());
        }
      }
      out.add(
          new Chunk(
              file.path(),
              language,
              p.start + 1,
              p.end + 1,
              kind,
              d == null ? "" : d.name,
              d == null ? "" : d.qualifiedName,
              d == null ? "" : d.signature,
              d == null ? "" : d.doc,
              lines.text(p.start, p.end),
              List.copyOf(chunkRefs),
              bound));
    }
    return out;
  }
}
