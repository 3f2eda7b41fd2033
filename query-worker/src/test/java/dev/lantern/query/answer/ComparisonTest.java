package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static Location loc(String path, int s, int e, String symbol, String doc) {
    return new Location(path, s, e, symbol, "function", "def " + symbol + "()", doc, 1.0, "");
  }

  private final Location sessionRequest =
      loc("src/requests/sessions.py", 557, 653, "Session.request", "Constructs a Request.");
  private final Location apiRequest =
      loc("src/requests/api.py", 24, 71, "request", "Constructs and sends a Request.");
  private final Location session = loc("src/requests/sessions.py", 395, 440, "Session", "");

  @Test
  void theTwoNamesOfAComparisonAreRead() {
    assertThat(
            Comparison.names(
                "what is the difference between Session.request and requests.request?"))
        .hasValue(List.of("Session.request", "requests.request"));
    assertThat(Comparison.names("url_for vs Flask.url_for"))
        .hasValue(List.of("url_for", "Flask.url_for"));
    assertThat(Comparison.names("compare `dumps()` with `loads()`"))
        .hasValue(List.of("dumps", "loads"));
    assertThat(Comparison.names("how are requests sent?")).isEmpty();
    assertThat(Comparison.names("Crash in dumps\nunlike the difference between dumps and loads"))
        .isEmpty();
  }

  @Test
  void theOtherNameIsFoundAmongThePlacesAndAClassMemberIsNotAModulesFunction() {
    List<Location> places = List.of(sessionRequest, session, apiRequest);
    String q = "what is the difference between Session.request and requests.request?";
    assertThat(Comparison.other(q, sessionRequest, places)).contains(apiRequest);
    // The other way round: requests.request is api.py's, so Session.request is the other.
    assertThat(Comparison.other(q, apiRequest, List.of(apiRequest, session, sessionRequest)))
        .contains(sessionRequest);
    // A bare name is the one defined so, before a method that ends with it.
    Location flaskUrlFor = loc("src/flask/app.py", 1102, 1222, "Flask.url_for", "");
    Location urlFor = loc("src/flask/helpers.py", 200, 251, "url_for", "");
    assertThat(
            Comparison.other(
                "difference between url_for and Flask.url_for?",
                flaskUrlFor,
                List.of(flaskUrlFor, urlFor)))
        .contains(urlFor);
    // Not among the places: nothing to add.
    assertThat(Comparison.other(q, sessionRequest, List.of(sessionRequest, session))).isEmpty();
  }

  @Test
  void theAnswerNamesTheOtherInAParagraphAndNotAmongRelatedPlaces() {
    StringBuilder sb = new StringBuilder();
    new ExtractiveAnswerer(CallerLookup.none())
        .answer(
            "what is the difference between Session.request and requests.request?",
            new dev.lantern.query.retrieve.QuestionWords(
                List.of("Session.request", "requests.request", "request", "session"),
                List.of(),
                List.of()),
            List.of(sessionRequest, session, apiRequest),
            List.of(),
            e -> {
              if (e instanceof dev.lantern.core.answer.AnswerEvent.Token t) {
                sb.append(t.text());
              }
            });
    assertThat(sb.toString())
        .contains(
            "\n\nThe other one asked about is the function `request` (src/requests/api.py:24-71)."
                + " Its documentation says: \u201cConstructs and sends a Request.\u201d")
        .doesNotContain("- `request` (src/requests/api.py:24-71)");
  }
}
