package dev.lantern.core.index.lexical;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits an identifier followed by its camelCase, snake_case and digit-boundary parts at the same
 * position, so {@code getHTTPResponse} matches {@code get}, {@code http}, {@code response} and
 * itself. Single-part tokens pass through unchanged. Runs before lower-casing.
 */
public final class IdentifierSplitFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();

  public IdentifierSplitFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String token = term.toString();
    splitInto(token, pending);
    // A single part equal to the token adds nothing; "__init__" still yields "init".
    if (pending.size() == 1 && pending.peek().equals(token)) {
      pending.clear();
    }
    return true;
  }

  /**
   * The camelCase, snake_case and digit-boundary parts of a name ({@code HTTPAdapter}: HTTP,
   * Adapter).
   */
  public static java.util.List<String> parts(String token) {
    Deque<String> out = new java.util.ArrayDeque<>();
    splitInto(token, out);
    return java.util.List.copyOf(out);
  }

  /** Splits {@code token} into its parts; visible for the query side and tests. */
  static void splitInto(String token, Deque<String> out) {
    int n = token.length();
    int start = -1;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c == '_' || c == '$') {
        if (start >= 0) {
          out.add(token.substring(start, i));
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        start = i;
        continue;
      }
      char prev = token.charAt(i - 1);
      boolean boundary =
          (Character.isLowerCase(prev) && Character.isUpperCase(c))
              || (Character.isDigit(prev) != Character.isDigit(c))
              // HTTPResponse: split before the last upper of a run followed by a lower,
              // but not before a plural's s (URLs, getIDs, IDsToRemove).
              || (Character.isUpperCase(prev)
                  && Character.isUpperCase(c)
                  && i + 1 < n
                  && Character.isLowerCase(token.charAt(i + 1))
                  && !pluralS(token, i + 1));
      if (boundary) {
        out.add(token.substring(start, i));
        start = i;
      }
    }
    if (start >= 0) {
      out.add(token.substring(start));
    }
  }

  /** An {@code s} alone at {@code i}, ending the token or followed by a non-lower-case char. */
  private static boolean pluralS(String token, int i) {
    return token.charAt(i) == 's'
        && (i + 1 == token.length() || !Character.isLowerCase(token.charAt(i + 1)));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
