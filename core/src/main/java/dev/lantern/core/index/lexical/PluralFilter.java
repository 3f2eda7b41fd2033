package dev.lantern.core.index.lexical;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Singular forms for the plurals KStem leaves alone. KStem keeps any word its dictionary lists as
 * written, and the dictionary lists many plurals: "sessions", "strings", "lines", "times", "days",
 * "elements", "conditions", "dispatches" stay as they are, so "how are sessions stored?" never met
 * {@code session}. Runs after KStem, on what it left: a word of letters only, at least four long,
 * ending in {@code s} but not in {@code ss}, {@code us} or {@code is} ("class", "status",
 * "analysis"), loses the {@code es} of a sibilant ending ("dispatches", "watches") or else its
 * {@code s}. Index and question go through the same analyser, so an odd stem of a non-plural
 * ("always" → {@code alway}) still meets itself; only the few words whose {@code s} form means
 * something else are kept.
 */
public final class PluralFilter extends TokenFilter {
  /** Words whose s-less form is a different word. */
  private static final Set<String> KEPT =
      Set.of(
          "news", "series", "species", "means", "windows", "whereas", "perhaps", "thanks", "does",
          "goes", "yes");

  private static final String[] SIBILANT_ES = {"ches", "shes", "sses", "xes", "zes"};

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public PluralFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      int cut = cut(term);
      if (cut > 0) {
        term.setLength(term.length() - cut);
      }
    }
    return true;
  }

  /** How many letters to drop from the end of {@code word}: 0, 1 or 2. */
  static int cut(CharSequence word) {
    int n = word.length();
    if (n < 4 || word.charAt(n - 1) != 's') {
      return 0;
    }
    char before = word.charAt(n - 2);
    if (before == 's' || before == 'u' || before == 'i') {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return 0;
      }
    }
    String w = word.toString();
    if (KEPT.contains(w)) {
      return 0;
    }
    for (String ending : SIBILANT_ES) {
      if (w.endsWith(ending) && n - 2 >= 3) {
        return 2;
      }
    }
    return 1;
  }
}
