package dev.lantern.query.retrieve;

import static dev.lantern.core.index.lexical.LexicalFields.PATH_TEXT;
import static dev.lantern.core.index.lexical.LexicalFields.SYMBOL;
import static dev.lantern.core.index.lexical.LexicalFields.TEXT;

import dev.lantern.core.index.lexical.LexicalIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Words of a short question that occur nowhere in the codebase: not in any code, comment, string,
 * name or path. "Where are uploads retried?" asked of code that never retries should say so rather
 * than present upload code as the answer. Identifiers are reported as the user spelled them ({@code
 * fooBar}); other words as the question spells them, though they are looked up as searched
 * (stemmed: "retried" is looked up as "retri", so "retries" in the code counts as a mention). A
 * word the code writes in another form ("asynchronous" as {@code async}) is not absent.
 */
final class AbsentWords {
  /** Longer texts are issue reports: they are full of words from elsewhere (names, logs). */
  static final int MAX_QUESTION_CHARS = 300;

  static final int MAX_REPORTED = 4;

  private AbsentWords() {}

  static List<String> of(AnalyzedQuery query, LexicalIndex lexical, QueryAnalyzer analyzer) {
    String q = query.question().strip();
    if (q.length() > MAX_QUESTION_CHARS || q.indexOf('\n') >= 0) {
      return List.of();
    }
    IndexReader reader = lexical.searcher().getIndexReader();
    List<String> out = new ArrayList<>();
    Set<String> accounted = new HashSet<>();
    try {
      for (String id : query.identifiers()) {
        List<String> terms = analyzer.terms(id);
        accounted.addAll(terms);
        // The analyser emits a whole identifier first, then its parts.
        if (!id.contains(".") && !terms.isEmpty() && nowhere(reader, terms.get(0))) {
          out.add(id);
        }
      }
      for (String term : query.termWeights().keySet()) {
        if (out.size() >= MAX_REPORTED) {
          break;
        }
        if (term.length() > 2
            && !accounted.contains(term)
            && !term.chars().allMatch(Character::isDigit)
            && query.forms(term).isEmpty()
            && nowhere(reader, term)) {
          out.add(query.spelled(term));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out.subList(0, Math.min(MAX_REPORTED, out.size())));
  }

  private static boolean nowhere(IndexReader reader, String term) throws IOException {
    return reader.docFreq(new Term(TEXT, term)) == 0
        && reader.docFreq(new Term(SYMBOL, term)) == 0
        && reader.docFreq(new Term(PATH_TEXT, term)) == 0;
  }
}
