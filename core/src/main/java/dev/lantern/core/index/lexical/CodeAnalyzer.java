package dev.lantern.core.index.lexical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Identifier-aware analysis used for code, docs, paths and questions alike: tokens are runs of
 * letters, digits, {@code _} and {@code $}; each is kept whole and split into its parts; all are
 * lower-cased, English stop words dropped, and stemmed with KStem (mild: "retries" and "retried"
 * meet "retry" without Porter's over-stemming of identifiers), then the "-ying" verbs KStem does
 * not know ({@link YingFilter}) and the plurals it keeps ({@link PluralFilter}).
 */
public final class CodeAnalyzer extends Analyzer {
  private static final int MAX_TOKEN_LENGTH = 64;
  private final CharArraySet stopWords;

  public CodeAnalyzer() {
    this.stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  }

  /**
   * The terms this analyser makes of {@code text}, in order: a compound identifier's whole form
   * first, then its parts. Analyzers are thread-safe; one instance serves every caller.
   */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream(LexicalFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source =
        CharTokenizer.fromTokenCharPredicate(
            c -> Character.isLetterOrDigit(c) || c == '_' || c == '$');
    TokenStream stream = new LengthFilter(source, 1, 4 * MAX_TOKEN_LENGTH);
    stream = new IdentifierSplitFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new EnglishPossessiveFilter(stream);
    stream = new StopFilter(stream, stopWords);
    stream = new LengthFilter(stream, 2, MAX_TOKEN_LENGTH);
    stream = new KStemFilter(stream);
    stream = new YingFilter(stream);
    stream = new PluralFilter(stream);
    return new TokenStreamComponents(source, stream);
  }
}
