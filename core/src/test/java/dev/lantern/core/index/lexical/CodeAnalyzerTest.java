package dev.lantern.core.index.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CodeAnalyzerTest {
  static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (CodeAnalyzer analyzer = new CodeAnalyzer();
        TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void camelCaseIdentifiersKeepWholeTokenAndParts() throws IOException {
    assertThat(tokens("getHTTPResponse()"))
        .containsExactly("gethttpresponse", "get", "http", "response");
  }

  @Test
  void aPluralAcronymStaysOneWord() throws IOException {
    assertThat(tokens("URLs")).containsExactly("url");
    assertThat(tokens("getURLs")).contains("get", "url").doesNotContain("ur", "ls");
    assertThat(tokens("IDsToRemove")).contains("ids", "remove").doesNotContain("i", "ds");
    // An acronym before a word still splits.
    assertThat(tokens("HTTPSConnection")).contains("connection").doesNotContain("sconnection");
  }

  @Test
  void snakeCaseAndDunderSplit() throws IOException {
    assertThat(tokens("max_retry_count __init__"))
        .containsExactly("max_retry_count", "max", "retry", "count", "__init__", "init");
  }

  @Test
  void englishWordsAreStemmedAndStopWordsDropped() throws IOException {
    assertThat(tokens("Where are the uploads retried?"))
        .containsExactly("where", "upload", "retry");
  }

  @Test
  void yingVerbsKStemDoesNotKnowMeetTheirBaseForm() throws IOException {
    // KStem gave "retrying" -> retrye, "minifying" -> minifye.
    assertThat(tokens("retrying minifying stringifying copying"))
        .containsExactly("retry", "minify", "stringify", "copy");
    assertThat(tokens("retryFromError")).contains("retry");
    assertThat(tokens("goodbye eye")).containsExactly("goodby", "eye");
  }

  @Test
  void pluralsThatKStemKeepsMeetTheirSingular() throws IOException {
    // KStem leaves these as written; the question says "sessions", the code says session.
    assertThat(tokens("sessions strings lines dispatches watches"))
        .containsExactly("session", "string", "line", "dispatch", "watch");
    assertThat(tokens("getLines")).contains("line").doesNotContain("lines");
    // Not plurals, or plurals whose singular is another word.
    assertThat(tokens("status class analysis focus news series"))
        .containsExactly("status", "class", "analysis", "focus", "news", "series");
    // Identifiers with underscores or digits are kept as written; their parts are still stemmed.
    assertThat(tokens("query_strings utf8s")).contains("query_strings", "string", "utf8s");
  }

  @Test
  void pathsSplitIntoSegments() throws IOException {
    assertThat(tokens("src/upload/RetryPolicy.java"))
        .contains("src", "upload", "retrypolicy", "retry", "policy", "java");
  }
}
