package dev.lantern.query.overview;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.query.retrieve.FileRole;
import dev.lantern.query.retrieve.HybridRetriever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions the rest of the code leans on most: top-level types and functions of the main
 * code folder, ranked by how many chunks call or import them. A newcomer to a library reads these
 * first ({@code Gson}, {@code GsonBuilder}, {@code TypeAdapter}); in an application they are its
 * core objects.
 */
final class CentralDefinitions {
  static final int MAX = 5;

  /** Chunks read at most: enough for the main folder of any codebase indexed here. */
  private static final int MAX_CHUNKS = 40_000;

  /** A definition used from fewer places is not central. */
  private static final int MIN_REFERENCES = 3;

  private CentralDefinitions() {}

  /** The most referenced top-level definitions of code files under {@code root}, most first. */
  static List<CodebaseOverview.Central> find(LexicalIndex lexical, String root) {
    Map<String, StoredChunk> first = new HashMap<>();
    Map<String, Integer> definedIn = new HashMap<>();
    for (LexicalIndex.Span s : lexical.chunksUnder(root, MAX_CHUNKS)) {
      if (FileRole.of(s.path()) != FileRole.CODE) {
        continue;
      }
      StoredChunk c = lexical.chunk(s.ord());
      String q = c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName();
      boolean definition = c.kind().equals("TYPE") || c.kind().equals("FUNCTION");
      if (!definition || q.isEmpty() || q.indexOf('.') >= 0 || generic(c.symbol())) {
        continue;
      }
      StoredChunk seen = first.get(q);
      if (seen == null || seen.path().equals(c.path()) && c.startLine() < seen.startLine()) {
        first.put(q, c);
      }
      if (seen == null || !seen.path().equals(c.path())) {
        definedIn.merge(q, 1, Integer::sum);
      }
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Map.Entry<String, StoredChunk> e : first.entrySet()) {
      if (definedIn.get(e.getKey()) > 1) {
        continue; // the same name in several files: its references cannot be told apart
      }
      int refs = lexical.referenceCount(e.getKey());
      if (refs >= MIN_REFERENCES) {
        ranked.add(new Ranked(e.getValue(), refs));
      }
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::references)
            .reversed()
            .thenComparing(r -> r.chunk().path())
            .thenComparingInt(r -> r.chunk().startLine()));
    return ranked.stream()
        .limit(MAX)
        .map(
            r ->
                new CodebaseOverview.Central(
                    HybridRetriever.toLocation(r.chunk(), 1), r.references()))
        .toList();
  }

  private record Ranked(StoredChunk chunk, int references) {}

  /** Names every codebase has, which say nothing about this one. */
  private static boolean generic(String name) {
    return name.length() < 3
        || name.equals("main")
        || name.startsWith("__")
        || name.equals("constructor")
        || name.equals("toString")
        || name.equals("equals")
        || name.equals("hashCode");
  }
}
