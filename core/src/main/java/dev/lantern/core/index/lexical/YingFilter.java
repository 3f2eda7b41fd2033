package dev.lantern.core.index.lexical;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The base form of the "-ying" verbs KStem's dictionary lacks. KStem turns "copying" into {@code
 * copy}, but a verb it does not know gets an {@code e} in place of "ing": "retrying" became {@code
 * retrye} and "minifying" {@code minifye}, so "where is retrying handled?" never met {@code retry}.
 * Runs after KStem: a word of letters only, at least five long, ending in {@code ye} loses the
 * {@code e}. Index and question share the analyser, so the few words that really end so ("goodbye")
 * still meet themselves.
 */
public final class YingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public YingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && endsInYe(term)) {
      term.setLength(term.length() - 1);
    }
    return true;
  }

  static boolean endsInYe(CharSequence word) {
    int n = word.length();
    if (n < 5 || word.charAt(n - 2) != 'y' || word.charAt(n - 1) != 'e') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
