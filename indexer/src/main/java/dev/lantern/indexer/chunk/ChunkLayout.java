package dev.lantern.indexer.chunk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a file's definitions out as non-overlapping pieces of rows (DESIGN §4):
 *
 * <ul>
 *   <li>A definition within the {@link SizeCap} is one piece, members and all.
 *   <li>A larger type splits at member boundaries: each member of more than {@link
 *       #SMALL_MEMBER_LINES} lines gets pieces of its own (recursively), while the declaration,
 *       fields, comments and small members (getters, one-line delegations) form header and
 *       continuation pieces carrying the type's name, cut between members when they outgrow the
 *       cap.
 *   <li>A larger function (or a type without members to split at) is cut into {@link
 *       LineWindows#CODE} windows that all carry its name.
 *   <li>Code between definitions forms module pieces. A few lines of it (a package line and two
 *       imports, a lone field between two members) join a neighbouring piece, as do closing
 *       brackets, so no tiny fragments remain.
 * </ul>
 */
final class ChunkLayout {
  /**
   * Code between definitions of at most this many non-blank lines joins a neighbour: a package line
   * and two imports, a field or a banner comment between members.
   */
  static final int SMALL_GAP_LINES = 3;

  /**
   * 5 lines, doc comment included: getters, setters, one-line delegations and abstract
   * declarations stay with their type when it splits. Alone they were a sixth of java.util's
   * chunks, mostly a signature the embedding model learns little from; a member with a doc
   * paragraph or any logic is longer and keeps its own chunk, name and signature.
   */
  static final int SMALL_MEMBER_LINES = 5;

  /** A run of rows and the definition it belongs to (null for module code). */
  static final class Piece {
    int start;
    int end;
    final Definition owner;

    /** Holds the owner's declaration: carries its doc. */
    final boolean head;

    /** Code between definitions rather than a definition's own rows. */
    final boolean gap;

    Piece(int start, int end, Definition owner, boolean head, boolean gap) {
      this.start = start;
      this.end = end;
      this.owner = owner;
      this.head = head;
      this.gap = gap;
    }
  }

  private final Lines lines;
  private final SizeCap cap;
  private final LineWindows windows;
  private final int smallMemberLines;
  private final List<Piece> pieces = new ArrayList<>();

  /** Rows of small members kept with their type. */
  private final boolean[] smallMember;

  /** Rows a piece must not end on: all but the last of each small member's. */
  private final boolean[] noCutAfter;

  ChunkLayout(Lines lines, SizeCap cap, int smallMemberLines) {
    this.lines = lines;
    this.cap = cap;
    this.windows = LineWindows.code(cap);
    this.smallMemberLines = smallMemberLines;
    this.smallMember = new boolean[lines.count()];
    this.noCutAfter = new boolean[lines.count()];
  }

  List<Piece> layout(List<Definition> top) {
    region(0, lines.count() - 1, normalize(top, 0, lines.count() - 1), null);
    pieces.sort(Comparator.comparingInt(p -> p.start));
    absorbClosers();
    absorbSmallGaps();
    return pieces;
  }

  /**
   * Sorts siblings and resolves overlaps within {@code from..to}: a doc comment or wrapper line
   * reaching into the previous sibling is given up; a definition sharing its first line with the
   * previous one (two on one line) joins it.
   */
  private static List<Definition> normalize(List<Definition> defs, int from, int to) {
    List<Definition> sorted = new ArrayList<>(defs);
    sorted.sort(
        Comparator.comparingInt((Definition d) -> d.startRow).thenComparingInt(d -> d.nodeRow));
    List<Definition> out = new ArrayList<>(sorted.size());
    int previousEnd = from - 1;
    for (Definition d : sorted) {
      d.startRow = Math.max(d.startRow, from);
      d.endRow = Math.min(d.endRow, to);
      if (d.startRow <= previousEnd) {
        if (d.nodeRow > previousEnd) {
          d.startRow = previousEnd + 1;
        } else {
          Definition prev = out.get(out.size() - 1);
          prev.endRow = Math.max(prev.endRow, d.endRow);
          previousEnd = prev.endRow;
          continue;
        }
      }
      if (d.endRow < d.startRow) {
        continue;
      }
      out.add(d);
      previousEnd = d.endRow;
    }
    return out;
  }

  private void region(int from, int to, List<Definition> defs, Definition owner) {
    int cursor = from;
    for (Definition d : defs) {
      if (d.startRow > cursor) {
        gap(cursor, d.startRow - 1, owner, cursor == from && owner != null);
      }
      definition(d);
      cursor = d.endRow + 1;
    }
    if (cursor <= to) {
      gap(cursor, to, owner, cursor == from && owner != null);
    }
  }

  private void definition(Definition d) {
    if (cap.fits(lines, d.startRow, d.endRow)) {
      pieces.add(new Piece(d.startRow, d.endRow, d, true, false));
      return;
    }
    // The header keeps the declaration line: members starting on it cannot be split off.
    boolean splittable =
        !d.children.isEmpty() && d.children.stream().allMatch(c -> c.nodeRow > d.nodeRow);
    if (!splittable) {
      boolean first = true;
      for (int[] w : windows.split(lines, d.startRow, d.endRow)) {
        pieces.add(new Piece(w[0], w[1], d, first, false));
        first = false;
      }
      return;
    }
    List<Definition> own = new ArrayList<>();
    for (Definition m : normalize(d.children, d.nodeRow + 1, d.endRow)) {
      if (m.endRow - m.startRow + 1 <= smallMemberLines && cap.fits(lines, m.startRow, m.endRow)) {
        for (int r = m.startRow; r <= m.endRow; r++) {
          smallMember[r] = true;
          noCutAfter[r] = r < m.endRow;
        }
      } else {
        own.add(m);
      }
    }
    region(d.startRow, d.endRow, own, d);
  }

  private void gap(int from, int to, Definition owner, boolean head) {
    // Closing brackets left over from the definition above ("}", ")" of a Go group) are its end,
    // not the start of the code that follows.
    int closers = from;
    while (!head && closers <= to && closers - from < 3 && isCloser(lines.line(closers))) {
      closers++;
    }
    if (closers > from && closers <= to) {
      gap(from, closers - 1, owner, false);
      from = closers;
    }
    boolean first = true;
    for (int[] w : windows.split(lines, from, to, r -> !noCutAfter[r])) {
      pieces.add(new Piece(w[0], w[1], owner, head && first, true));
      first = false;
    }
  }

  /** Gaps of closing brackets only ("}", "});", ")") join the piece before them. */
  private void absorbClosers() {
    for (int i = pieces.size() - 1; i > 0; i--) {
      Piece p = pieces.get(i);
      if (p.gap && !p.head && p.end - p.start < 3 && onlyPunctuation(p)) {
        Piece prev = pieces.get(i - 1);
        if (cap.fits(lines, prev.start, p.end)) {
          prev.end = p.end;
          pieces.remove(i);
        }
      }
    }
  }

  /**
   * A few lines between definitions are no useful answer alone: module code (a package line and two
   * imports) or, inside a type, a field or a "// Query operations" banner between members. They
   * join the piece they touch (no blank line between), else the next one (imports lead into the
   * first definition, a banner into the members after it), else the one before; a gap inside a type
   * only joins pieces of that type. Only if every neighbour is full do they stay alone.
   */
  private void absorbSmallGaps() {
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (!p.gap || p.head || lines.nonBlank(p.start, p.end) > SMALL_GAP_LINES) {
        continue;
      }
      Piece prev = i > 0 ? pieces.get(i - 1) : null;
      Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
      if (p.owner != null) {
        // A small member must stay in a piece named for its type, never in a sibling's.
        boolean holdsMember = holdsSmallMember(p);
        prev = prev != null && within(prev, p.owner) && (!holdsMember || prev.owner == p.owner) ? prev : null;
        next = next != null && within(next, p.owner) && (!holdsMember || next.owner == p.owner) ? next : null;
      }
      boolean touchesPrev = prev != null && prev.end == p.start - 1;
      boolean touchesNext = next != null && next.start == p.end + 1;
      Piece target = null;
      if (touchesPrev && !touchesNext && fitsWith(prev, p)) {
        target = prev;
      } else if (next != null && fitsWith(next, p)) {
        target = next;
      } else if (prev != null && fitsWith(prev, p)) {
        target = prev;
      }
      if (target != null) {
        target.start = Math.min(target.start, p.start);
        target.end = Math.max(target.end, p.end);
        pieces.remove(i--);
      }
    }
  }

  private boolean holdsSmallMember(Piece p) {
    for (int r = p.start; r <= p.end; r++) {
      if (smallMember[r]) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(Piece piece, Definition owner) {
    return piece.start >= owner.startRow && piece.end <= owner.endRow;
  }

  private boolean fitsWith(Piece a, Piece b) {
    return cap.fits(lines, Math.min(a.start, b.start), Math.max(a.end, b.end));
  }

  private boolean onlyPunctuation(Piece p) {
    return isCloser(lines.text(p.start, p.end));
  }

  private static boolean isCloser(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isBlank();
  }
}
