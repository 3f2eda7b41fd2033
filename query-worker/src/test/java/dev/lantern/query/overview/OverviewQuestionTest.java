package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverviewQuestionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "what does this project do?",
        "What does this do?",
        "how does it work?",
        "Give me an overview of the architecture",
        "how is the code organised?",
        "What's the high-level structure of this repository?",
        "where is the entry point?",
        "Where do I start?",
        "what are the main components?",
        "what is this?"
      })
  void questionsAboutTheWholeCodebase(String q) {
    assertThat(OverviewQuestion.asks(q)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "how does login work?",
        "where are uploads retried?",
        "what does parse_config do?",
        "how do modules load plugins?",
        "what does Session.send do?",
        "where is the entry point of the http2 client?",
        "where is it?",
        "???",
        "",
        "what does this project do?\nIt crashes when I upload a file.",
        "what does this project do? what does this project do? what does this project do? what"
            + " does this project do? what does this project do? what does this project do?"
      })
  void questionsWithASubjectOfTheirOwn(String q) {
    assertThat(OverviewQuestion.asks(q)).isFalse();
  }
}
