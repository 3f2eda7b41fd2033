package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryAnalyzerTest {
  @Test
  void messagePhrasesComeFromMessageLinesAndStopAtCodePunctuation() {
    List<String> phrases =
        QueryAnalyzer.messagePhrases(
            "Spying on records breaks\n"
                + "I expected the spy to keep its values.\n"
                + "ValueError: unsupported operand type for combine (got x)\n"
                + "assertNotNull(exampleRecord.someParameter());\n");
    // The title and code lines are not messages; the error line is, cut at ": " and "(".
    assertThat(phrases)
        .containsExactly(
            "I expected the spy",
            "expected the spy to",
            "the spy to keep",
            "spy to keep its",
            "to keep its values",
            "unsupported operand type for",
            "operand type for combine");
  }

  @Test
  void glueWordsAreNotSearchedForButCodeWordsAre() {
    AnalyzedQuery q =
        new QueryAnalyzer()
            .analyze("where are setup methods blocked after the blueprint has been registered?");
    assertThat(q.termWeights().keySet())
        .contains("setup", "blueprint", "after")
        .doesNotContain("the", "has", "been", "are", "where");
  }

  @Test
  void aRequestVerbIsDroppedWhereItAsksAndSearchedWhereItNamesWhatCodeDoes() {
    QueryAnalyzer a = new QueryAnalyzer();
    assertThat(a.analyze("how does cobra find the subcommand?").termWeights().keySet())
        .containsExactly("cobra", "find", "subcommand");
    assertThat(a.analyze("where is the usage shown?").termWeights()).hasSize(2);
    assertThat(a.analyze("find where uploads are retried").termWeights().keySet())
        .doesNotContain("find")
        .contains("upload");
    assertThat(a.analyze("Can you please explain the login flow?").termWeights().keySet())
        .containsExactly("login", "flow");
    assertThat(a.analyze("show me the retry code").termWeights().keySet())
        .containsExactly("retry", "code");
    // "is called" and "I call" frame the question; a callback or a call elsewhere is searched.
    assertThat(a.analyze("what happens when Execute is called?").termWeights().keySet())
        .containsExactly("execute");
    assertThat(a.analyze("what does requests.get do when I call it?").termWeights().keySet())
        .doesNotContain("call");
    assertThat(a.analyze("how is the callback called by the call stack?").termWeights().keySet())
        .containsExactly("callback", "call", "stack");
    // "come from" at the end asks where a name is from; elsewhere "come" is a word.
    assertThat(a.analyze("where does Router come from?").termWeights().keySet())
        .containsExactly("route");
    assertThat(a.analyze("what happens when a request comes in?").termWeights().keySet())
        .contains("come");
    // Still words that frame a question, for telling overview questions apart.
    assertThat(QueryAnalyzer.framing("explain")).isTrue();
  }

  @Test
  void namesAreToldFromWords() {
    assertThat(
            List.of(
                "retryUpload",
                "max_retries",
                "Session.send",
                "__init__",
                "HTTPAdapter",
                "IOError",
                "XMLParser"))
        .allMatch(QueryAnalyzer::isIdentifier);
    assertThat(List.of("Where", "HTTP", "URL", "Flask", "upload", "A", "PRs", "URLs"))
        .noneMatch(QueryAnalyzer::isIdentifier);
    assertThat(new QueryAnalyzer().analyze("who uses HTTPAdapter?").identifiers())
        .containsExactly("HTTPAdapter");
  }

  @Test
  void phrasesAreCappedForLongIssues() {
    StringBuilder issue = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      issue.append("Error: failure number ").append(i).append(" word").append(i).append(" here\n");
    }
    assertThat(QueryAnalyzer.messagePhrases(issue.toString())).hasSize(40);
    assertThat(QueryAnalyzer.messagePhrases("how does login work?")).isEmpty();
  }

  @Test
  void termsAreShownAsTheQuestionSpellsThem() {
    AnalyzedQuery q =
        new QueryAnalyzer().analyze("How are Templates rendered for dayjs plugins in render_page?");
    // Searched as stems...
    assertThat(q.termWeights()).containsKeys("template", "render", "dayj", "plugin");
    // ...shown as asked, strongest first: an identifier as typed (its parts count double), other
    // words lower-cased, each once.
    assertThat(q.displayTerms(10))
        .containsExactly("render_page", "rendered", "page", "templates", "dayjs", "plugins");
    assertThat(q.spelled("dayj")).isEqualTo("dayjs");
    assertThat(q.spelled("unknown")).isEqualTo("unknown");
  }

  @Test
  void quotedRunsOfWordsInAShortQuestionAreMessagesToFindVerbatim() {
    assertThat(QueryAnalyzer.quotedMessages("why do I get \"unexpected end of stream\"?"))
        .containsExactly("unexpected end of stream");
    assertThat(QueryAnalyzer.quotedMessages("where is \u201cno such table\u201d raised?"))
        .containsExactly("no such table");
    // Apostrophes inside words open no quote; one quoted word is a name, not a message.
    assertThat(
            QueryAnalyzer.quotedMessages(
                "how does xarray's chunk manager use h5netcdf's 'fill_value' argument?"))
        .isEmpty();
    // Code in backticks and hyphenated words are names.
    assertThat(
            QueryAnalyzer.quotedMessages(
                "what does `pytester.runpytest_subprocess()` return for 'system-out'?"))
        .isEmpty();
    // An issue report's quotes are its code and prose, not a message to look up.
    assertThat(QueryAnalyzer.quotedMessages("Crash on save\nit says \"disk is full\" here"))
        .isEmpty();
    // Whole quotes come before the word runs of message lines.
    assertThat(new QueryAnalyzer().analyze("why \"cannot pickle local object\"?").phrases())
        .startsWith("cannot pickle local object");
  }

  @Test
  void walkMeThroughFramesAQuestionAndIsNotSearched() {
    assertThat(new QueryAnalyzer().analyze("walk me through how a call is executed").termWeights())
        .containsOnlyKeys("call", "execute");
  }

  @Test
  void howManyAsksForACountButTooManyIsATopic() {
    QueryAnalyzer a = new QueryAnalyzer();
    assertThat(a.analyze("how many suggestions are shown?").termWeights())
        .containsOnlyKeys("suggestion", "shown");
    assertThat(a.analyze("what happens on too many redirects?").termWeights()).containsKey("many");
  }

  @Test
  void aNameWithItsVersionWrittenApartIsAlsoSearchedAsOneWord() {
    QueryAnalyzer a = new QueryAnalyzer();
    assertThat(a.analyze("when is HTTP/2 used?").termWeights()).containsKeys("http2", "http");
    assertThat(a.analyze("where is UTF-8 decoded?").termWeights()).containsKeys("utf8", "utf");
    assertThat(a.analyze("where are http headers read?").termWeights()).doesNotContainKey("http2");
    // An issue report's versions are no names.
    assertThat(a.analyze("Crash on start\npytest-7 with pluggy-1 fails").termWeights())
        .doesNotContainKeys("pytest7", "pluggy1");
  }

  @Test
  void aComparisonsFrameIsNotSearched() {
    QueryAnalyzer a = new QueryAnalyzer();
    assertThat(a.analyze("what is the difference between dumps and loads?").termWeights())
        .containsOnlyKeys("dump", "load");
    assertThat(a.analyze("url_for vs. redirect").termWeights()).doesNotContainKey("vs");
  }
}
