package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeQuestionTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "what does the Flask class do?|Flask",
        "explain TaggedJSONSerializer|TaggedJSONSerializer",
        "What is `session`?|session",
        "what's JsonReader for?|JsonReader",
        "what is the role of the json.tag.TaggedJSONSerializer class?|json.tag.TaggedJSONSerializer",
        "tell me about request_context|request_context",
        "what is Gson's purpose?|Gson",
        "who uses FieldNamingPolicy?|FieldNamingPolicy",
        "what does gsonbuilder do?|gsonbuilder",
        "where is JsonReader instantiated?|JsonReader"
      })
  void aQuestionAboutOneTypeNamesIt(String question, String name) {
    assertThat(TypeQuestion.subject(question)).hasValue(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A short plain word: a topic, searched for. (A long one, "session", may be a compound
        // name typed in lower case; TypeOverview.resolve takes it only as such.)
        "what is a tag?",
        "how does it work?",
        // A subject besides the name.
        "how does Flask handle errors?",
        "where is JsonReader used with lenient parsing?",
        "what does Gson's builder do?",
        // Two names: how they relate.
        "how does Flask use Blueprint?",
        "what does this project do?",
        ""
      })
  void otherQuestionsAreNot(String question) {
    assertThat(TypeQuestion.subject(question)).isEmpty();
  }

  @Test
  void longOrMultiLineTextIsNot() {
    assertThat(TypeQuestion.subject("explain Flask\nit fails")).isEmpty();
    assertThat(TypeQuestion.subject(null)).isEmpty();
  }

  @Test
  void aQuestionAboutWhoUsesTheTypeIsTold() {
    assertThat(TypeQuestion.asksUsage("who uses FieldNamingPolicy?")).isTrue();
    assertThat(TypeQuestion.asksUsage("where is JsonReader instantiated?")).isTrue();
    assertThat(TypeQuestion.asksUsage("what does the Flask class do?")).isFalse();
    assertThat(TypeQuestion.asksUsage("what is the user class?")).isFalse();
  }
}
