package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.CodeAnalyzer;
import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files one call away from some seed spans: those that call what the seeds define, and those that
 * define what the seeds use. An answer often draws on such code (the caller that drives the
 * behaviour, the base class or helper it relies on) even when it shares few words with the
 * question. Uses the references the chunker recorded and the index's exact symbol names.
 */
final class CallNeighbours {
  /** A name referenced from more chunks than this ({@code __init__}, {@code get}) says nothing. */
  static final int MAX_REFERRERS = 30;

  /** A name defined in more files than this ({@code run}, {@code close}) is ambiguous. */
  static final int MAX_DEFINITIONS = 3;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{3,}");
  private static final CodeAnalyzer ANALYZER = new CodeAnalyzer();

  private final LexicalIndex lexical;
  private final IntFunction<StoredChunk> chunk;

  CallNeighbours(LexicalIndex lexical, IntFunction<StoredChunk> chunk) {
    this.lexical = lexical;
    this.chunk = chunk;
  }

  /**
   * Files (other than the seed's own) whose chunks call or import a symbol that a seed defines,
   * ordered by the best score in {@code spanScores} of a calling chunk.
   */
  List<String> callers(List<Integer> seeds, Map<Integer, Double> spanScores) {
    Map<String, Double> best = new LinkedHashMap<>();
    for (int seed : seeds) {
      StoredChunk s = chunk.apply(seed);
      String name = s.symbol();
      if (name == null || name.length() < 4) {
        continue;
      }
      List<LexicalIndex.Hit> refs = lexical.references(name, MAX_REFERRERS + 1);
      if (refs.size() > MAX_REFERRERS) {
        continue;
      }
      for (LexicalIndex.Hit ref : refs) {
        if (!ref.path().equals(s.path())) {
          best.merge(ref.path(), spanScores.getOrDefault(ref.ord(), 0.0), Math::max);
        }
      }
    }
    return HybridRetriever.topKeys(best, best.size());
  }

  /**
   * Files (other than the seed's own) defining a name that a seed's text uses; names sharing more
   * words with the question first, then earlier seeds first.
   */
  List<String> callees(List<Integer> seeds, AnalyzedQuery query) {
    Map<String, Double> best = new LinkedHashMap<>();
    Set<String> looked = new HashSet<>();
    for (int i = 0; i < seeds.size(); i++) {
      StoredChunk s = chunk.apply(seeds.get(i));
      Matcher m = IDENTIFIER.matcher(s.text());
      while (m.find()) {
        String id = m.group();
        if (id.equals(s.symbol()) || !looked.add(id)) {
          continue;
        }
        Set<String> defFiles = new LinkedHashSet<>();
        lexical.definitions(id, MAX_DEFINITIONS + 1).forEach(h -> defFiles.add(h.path()));
        if (defFiles.isEmpty() || defFiles.size() > MAX_DEFINITIONS) {
          continue;
        }
        double score = 1 + sharedWords(id, query) - i * 0.1;
        for (String path : defFiles) {
          if (!path.equals(s.path())) {
            best.merge(path, score, Math::max);
          }
        }
      }
    }
    return HybridRetriever.topKeys(best, best.size());
  }

  /** How many of an identifier's analysed parts are search terms of the question. */
  static int sharedWords(String identifier, AnalyzedQuery query) {
    int n = 0;
    for (String t : new HashSet<>(ANALYZER.terms(identifier))) {
      if (query.termWeights().containsKey(t)) {
        n++;
      }
    }
    return n;
  }
}
