package dev.lantern.query.retrieve;

import static dev.lantern.core.index.lexical.LexicalFields.SYMBOL_EXACT;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;

/**
 * Names the codebase defines that are spelled almost like a name it does not have: "what does
 * url_fro do?" gets "did you mean `url_for`?". One edit for names of up to five letters, two for
 * longer ones (a swap of two letters is one edit); the product's code before tests and docs.
 */
public final class CloseNames {
  /** Suggestions at most. */
  static final int MAX = 3;

  private static final int CANDIDATES = 50;

  private CloseNames() {}

  /** camelCase, snake_case or dotted: written as the user typed it, so a name, not a word. */
  public static boolean looksLikeName(String word) {
    return word.indexOf('_') >= 0
        || word.indexOf('.') >= 0
        || !word.equals(word.toLowerCase(Locale.ROOT));
  }

  /** Definitions whose name is spelled almost as {@code name} is, closest first. */
  public static List<Location> of(String name, LexicalIndex lexical) {
    String want = name.toLowerCase(Locale.ROOT);
    if (want.length() < 4) {
      return List.of();
    }
    int edits = want.length() <= 5 ? 1 : 2;
    FuzzyQuery q = new FuzzyQuery(new Term(SYMBOL_EXACT, want), edits, 0, CANDIDATES, true);
    record Candidate(StoredChunk chunk, String spelled, int distance, int role) {}
    List<Candidate> found = new ArrayList<>();
    for (LexicalIndex.Hit h : lexical.searchChunks(q, CANDIDATES)) {
      StoredChunk c = lexical.chunk(h.ord());
      List<String> names = new ArrayList<>(c.names());
      names.add(c.symbol());
      names.add(c.qualifiedName());
      for (String n : names) {
        int d = distance(want, n.toLowerCase(Locale.ROOT));
        if (!n.isEmpty() && d > 0 && d <= edits) {
          int role = FileRole.of(c.path()) == FileRole.CODE ? 0 : 1;
          found.add(new Candidate(c, n, d, role));
          break;
        }
      }
    }
    // Closest first; then the product's code; then a top-level name before a class's member.
    found.sort(
        Comparator.comparingInt(Candidate::distance)
            .thenComparingInt(Candidate::role)
            .thenComparingInt(x -> x.chunk().qualifiedName().length())
            .thenComparing(x -> x.chunk().path()));
    Set<String> seen = new HashSet<>();
    List<Location> out = new ArrayList<>();
    for (Candidate c : found) {
      Location l = HybridRetriever.toLocation(c.chunk(), 0);
      if (!c.spelled().equals(c.chunk().symbol()) && !c.spelled().equals(l.symbol())) {
        l = Binding.of(c.chunk(), c.spelled(), 0).orElse(l);
      }
      if (out.size() < MAX && seen.add(l.symbol())) {
        out.add(l);
      }
    }
    return out;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
