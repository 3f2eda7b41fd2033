package dev.lantern.query.retrieve;

import static dev.lantern.core.index.lexical.LexicalFields.PATH;
import static dev.lantern.core.index.lexical.LexicalFields.PATH_TEXT;
import static dev.lantern.core.index.lexical.LexicalFields.SYMBOL;
import static dev.lantern.core.index.lexical.LexicalFields.TEXT;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Words of a short question that the codebase contains but none of the retrieved places does.
 * "Where are uploads retried?" asked of code that retries nothing finds upload code; the one place
 * that says "retry" is somewhere else, and the user should hear both.
 *
 * <p>A missing word matters when it is a large part of the question: at least a third of its words,
 * so that one incidental verb ("decide" in a seven-word question) does not set it off. Words that
 * describe code or an action in general ("logic", "handled", "enforced") are not checked: code does
 * such things without saying so. Nor are words that many files hold ("executed" in a fifth of
 * them): saying where they occur would point nowhere in particular.
 */
final class UnmatchedWords {
  /** Longer questions have several aspects; a place rarely meets all of them. */
  static final int MAX_TERMS = 8;

  /** The places every answer shows: the best one and those right after it. */
  static final int CITED = 5;

  static final int MAX_REPORTED = 2;
  static final int PLACES_SHOWN = 2;

  /** A word in more than this share of the files (and more than {@link #FEW_FILES}) is common. */
  static final double COMMON_SHARE = 0.05;

  static final int FEW_FILES = 3;

  private UnmatchedWords() {}

  static List<UnmatchedWord> of(
      AnalyzedQuery query,
      List<String> absentWords,
      List<Location> locations,
      LexicalIndex lexical,
      QueryAnalyzer analyzer) {
    String q = query.question().strip();
    if (locations.isEmpty()
        || q.length() > AbsentWords.MAX_QUESTION_CHARS
        || q.indexOf('\n') >= 0) {
      return List.of();
    }
    Set<String> skipped = new HashSet<>();
    for (String word : absentWords) {
      skipped.addAll(analyzer.terms(word));
    }
    List<String> terms =
        query.termWeights().keySet().stream()
            .filter(t -> t.length() > 2 && !t.chars().allMatch(Character::isDigit))
            .filter(t -> !skipped.contains(t) && !GenericWords.isGeneric(t))
            .toList();
    if (terms.isEmpty() || terms.size() > MAX_TERMS) {
      return List.of();
    }
    // Which locations hold each word. A word missing from the first few may still be in a later
    // one; the answerer knows which it shows, so it gets the indices.
    Map<String, List<Integer>> unmatched = new LinkedHashMap<>();
    for (String t : terms) {
      List<Integer> holders = holding(locations, anyForm(query, t), lexical);
      if (holders.isEmpty() || holders.get(0) >= CITED) {
        unmatched.put(t, holders);
      }
    }
    if (unmatched.isEmpty() || unmatched.size() * 3 < terms.size()) {
      return List.of();
    }
    int common = Math.max(FEW_FILES, (int) (COMMON_SHARE * lexical.fileCount()));
    List<UnmatchedWord> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : unmatched.entrySet()) {
      String t = e.getKey();
      int files = lexical.countFiles(anyForm(query, t));
      if (files <= common && out.size() < MAX_REPORTED) {
        List<Location> places =
            e.getValue().isEmpty()
                ? places(query, t, terms, lexical)
                : e.getValue().stream().limit(PLACES_SHOWN).map(locations::get).toList();
        out.add(new UnmatchedWord(query.spelled(t), files, places, e.getValue()));
      }
    }
    return out;
  }

  /** Indices of the places that overlap a chunk holding the word in any field, in order. */
  private static List<Integer> holding(List<Location> places, Query term, LexicalIndex lexical) {
    Set<BytesRef> paths = new LinkedHashSet<>();
    places.forEach(l -> paths.add(new BytesRef(l.path())));
    Query q =
        new BooleanQuery.Builder()
            .add(term, Occur.MUST)
            .add(new TermInSetQuery(PATH, paths), Occur.FILTER)
            .build();
    Set<Integer> out = new TreeSet<>();
    for (LexicalIndex.Span c : lexical.chunkSpans(q, 200)) {
      for (int i = 0; i < places.size(); i++) {
        Location l = places.get(i);
        if (l.path().equals(c.path())
            && c.startLine() <= l.endLine()
            && l.startLine() <= c.endLine()) {
          out.add(i);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Chunks holding the word, those that also match the rest of the question first. */
  private static List<Location> places(
      AnalyzedQuery query, String term, List<String> terms, LexicalIndex lexical) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(anyForm(query, term), Occur.MUST);
    for (String t : terms) {
      if (!t.equals(term)) {
        b.add(anyForm(query, t), Occur.SHOULD);
      }
    }
    return lexical.searchChunks(b.build(), PLACES_SHOWN).stream()
        .map(h -> HybridRetriever.toLocation(lexical.chunk(h.ord()), h.score()))
        .toList();
  }

  /** The word or another form of it ("context" or {@code ctx}) in any field. */
  private static Query anyForm(AnalyzedQuery query, String term) {
    if (query.forms(term).isEmpty()) {
      return anyField(term);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(anyField(term), Occur.SHOULD);
    query.forms(term).forEach(f -> b.add(anyField(f), Occur.SHOULD));
    return b.build();
  }

  private static Query anyField(String term) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD)
        .add(new TermQuery(new Term(SYMBOL, term)), Occur.SHOULD)
        .add(new TermQuery(new Term(PATH_TEXT, term)), Occur.SHOULD)
        .build();
  }
}
