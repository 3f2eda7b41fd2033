package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What holds for every chunker on every file, checked against an independent reading of the file:
 * its own line split and, for code, the definitions {@link GrammarDefinitions} finds.
 */
final class ChunkInvariants {
  private ChunkInvariants() {}

  static void check(SourceFile file, List<Chunk> chunks) {
    check(file, chunks, SizeCap.DEFAULT, ChunkLayout.SMALL_MEMBER_LINES);
  }

  /** As {@link #check(SourceFile, List)} for a chunker made with other limits. */
  static void check(SourceFile file, List<Chunk> chunks, SizeCap cap, int smallMemberLines) {
    String[] lines = split(file.text());
    boolean[] covered = new boolean[lines.length];
    int previousEnd = 0;
    for (Chunk c : chunks) {
      String where =
          file.path() + ":" + c.startLine() + "-" + c.endLine() + " " + c.qualifiedName();
      assertThat(c.path()).isEqualTo(file.path());
      assertThat(c.language()).isEqualTo(file.language());
      assertThat(c.startLine()).as("start of %s", where).isBetween(1, lines.length);
      assertThat(c.endLine()).as("end of %s", where).isBetween(c.startLine(), lines.length);
      assertThat(c.startLine())
          .as("%s starts after the chunk before it", where)
          .isGreaterThan(previousEnd);
      previousEnd = c.endLine();
      String expected = String.join("\n", List.of(lines).subList(c.startLine() - 1, c.endLine()));
      expected = expected.endsWith("\r") ? expected.substring(0, expected.length() - 1) : expected;
      assertThat(c.text()).as("text of %s", where).isEqualTo(expected);
      if (c.lineCount() > 1) {
        assertThat(c.lineCount()).as("lines of %s", where).isLessThanOrEqualTo(cap.maxLines());
        assertThat(c.text().length()).as("chars of %s", where).isLessThanOrEqualTo(cap.maxChars());
      }
      assertThat(c.references()).as("references of %s", where).doesNotHaveDuplicates();
      assertThat(c.references().size()).isLessThanOrEqualTo(References.MAX_PER_CHUNK);
      assertThat(c.signature().length()).isLessThanOrEqualTo(Declarations.MAX_SIGNATURE + 1);
      for (int r = c.startLine() - 1; r < c.endLine(); r++) {
        covered[r] = true;
      }
    }
    for (int r = 0; r < lines.length; r++) {
      if (!lines[r].isBlank()) {
        assertThat(covered[r])
            .as("line %d of %s (%s) is in no chunk", r + 1, file.path(), lines[r])
            .isTrue();
      }
    }
    if (file.language().isCode()) {
      checkDefinitions(file, chunks, smallMemberLines);
    }
  }

  /**
   * Every definition the grammar finds names a chunk spanning it, or lies whole inside a chunk
   * named for an enclosing definition because that definition fits in one chunk or because it is
   * a small member ({@code smallMemberLines}) kept with its type. Exempt are definitions the layout
   * cannot give rows of their own: one starting on a line an earlier definition or function still
   * occupies (two on one line), and the members of a type with a member or function on the type's
   * own first line.
   */
  static void checkDefinitions(SourceFile file, List<Chunk> chunks, int smallMemberLines) {
    List<GrammarDefinitions.Found> found = GrammarDefinitions.find(file.language(), file.text());
    Set<GrammarDefinitions.Found> unsplittable = new HashSet<>();
    for (GrammarDefinitions.Found f : found) {
      if (f.parent() != null && f.row() == f.parent().row()) {
        unsplittable.add(f.parent());
      }
    }
    List<String> missing = new ArrayList<>();
    for (GrammarDefinitions.Found f : found) {
      if (f.name().isBlank()) {
        continue; // an anonymous function or class only marks its lines
      }
      if (sharesALine(f, found) || insideUnsplittable(f, unsplittable)) {
        continue;
      }
      boolean named =
          chunks.stream()
              .anyMatch(
                  c ->
                      c.symbol().equals(f.name())
                          && c.startLine() - 1 <= f.endRow()
                          && c.endLine() - 1 >= f.row());
      if (!named && !keptWithEnclosing(f, chunks, smallMemberLines)) {
        missing.add(f.name() + "@" + (f.row() + 1));
      }
    }
    assertThat(missing)
        .as("definitions in %s neither naming a chunk nor inside their type's", file.path())
        .isEmpty();
  }

  private static boolean keptWithEnclosing(
      GrammarDefinitions.Found f, List<Chunk> chunks, int smallMemberLines) {
    boolean small = f.endRow() - f.row() + 1 <= smallMemberLines;
    for (Chunk c : chunks) {
      if (c.startLine() - 1 > f.row() || c.endLine() - 1 < f.endRow()) {
        continue;
      }
      for (GrammarDefinitions.Found a = f.parent(); a != null; a = a.parent()) {
        boolean wholeAncestor = c.startLine() - 1 <= a.row() && c.endLine() - 1 >= a.endRow();
        if (c.symbol().equals(a.name()) && (small || wholeAncestor)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Starts on a line an earlier, unrelated definition still occupies (or its parent does). */
  private static boolean sharesALine(
      GrammarDefinitions.Found f, List<GrammarDefinitions.Found> all) {
    for (GrammarDefinitions.Found o : all) {
      if (o.order() >= f.order()) {
        break;
      }
      if (!isAncestor(f, o) && f.row() <= o.endRow()) {
        return true;
      }
    }
    return f.parent() != null && sharesALine(f.parent(), all);
  }

  private static boolean isAncestor(GrammarDefinitions.Found f, GrammarDefinitions.Found o) {
    for (GrammarDefinitions.Found p = f.parent(); p != null; p = p.parent()) {
      if (p == o) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideUnsplittable(
      GrammarDefinitions.Found f, Set<GrammarDefinitions.Found> unsplittable) {
    for (GrammarDefinitions.Found p = f.parent(); p != null; p = p.parent()) {
      if (unsplittable.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Lines as a reader sees them: split at \n, a final \r\n's \r dropped from each line. */
  static String[] split(String text) {
    if (text.isEmpty()) {
      return new String[0];
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    String[] lines = body.split("\n", -1);
    return lines;
  }
}
