package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeVocabularyTest {
  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  /** The analysed form of an English word, as a question term would be. */
  private String term(String word) {
    return analyzer.terms(word).get(0);
  }

  @Test
  void nounsOfActionBecomeTheVerbsTheCodeUses() {
    Set<String> codebase =
        Set.of(
            "delete",
            "register",
            "invoke",
            "resolve",
            "describe",
            "remove",
            "cancel",
            "render",
            "wrap");
    assertThat(CodeVocabulary.alternatives(term("deletion"), codebase::contains))
        .containsExactly("delete");
    assertThat(CodeVocabulary.alternatives(term("registration"), codebase::contains))
        .containsExactly("register");
    assertThat(CodeVocabulary.alternatives(term("invocation"), codebase::contains))
        .containsExactly("invoke");
    assertThat(CodeVocabulary.alternatives(term("resolution"), codebase::contains))
        .containsExactly("resolve");
    assertThat(CodeVocabulary.alternatives(term("description"), codebase::contains))
        .containsExactly("describe");
    assertThat(CodeVocabulary.alternatives(term("removal"), codebase::contains))
        .containsExactly("remove");
    assertThat(CodeVocabulary.alternatives(term("cancellation"), codebase::contains))
        .containsExactly("cancel");
    assertThat(CodeVocabulary.alternatives(term("rendering"), codebase::contains))
        .containsExactly("render");
    assertThat(CodeVocabulary.alternatives(term("wrapping"), codebase::contains))
        .containsExactly("wrap");
  }

  @Test
  void theTableIsKeyedByAnalysedWords() {
    // A key the analyser never produces is dead: "statistics" became "statistic" with PluralFilter.
    for (String word : CodeVocabulary.abbreviatedWords()) {
      assertThat(analyzer.terms(word)).as(word).containsExactly(word);
    }
    assertThat(CodeVocabulary.alternatives(term("statistics"), Set.of("stat")::contains))
        .containsExactly("stat");
  }

  @Test
  void wordsGetTheAbbreviationsProgrammersWrite() {
    Set<String> codebase = Set.of("ctx", "tmp", "async", "repr", "conf", "config");
    assertThat(CodeVocabulary.alternatives(term("context"), codebase::contains))
        .containsExactly("ctx");
    assertThat(CodeVocabulary.alternatives(term("temporary"), codebase::contains))
        .containsExactly("tmp");
    assertThat(CodeVocabulary.alternatives(term("asynchronous"), codebase::contains))
        .containsExactly("async");
    assertThat(CodeVocabulary.alternatives(term("representation"), codebase::contains))
        .containsExactly("repr");
    assertThat(CodeVocabulary.alternatives(term("configuration"), codebase::contains))
        .containsExactly("config", "conf");
    // Ctrl-C is caught as the interrupt it raises.
    assertThat(
            CodeVocabulary.alternatives(
                term("Ctrl"), Set.of("keyboardinterrupt", "ctrl")::contains))
        .containsExactly("keyboardinterrupt");
  }

  @Test
  void anAbbreviationMeetsTheWordsItStandsFor() {
    // A question says "app" as code does; a docstring says "application".
    Set<String> codebase = Set.of("app", "application", "config", "configuration", "configure");
    assertThat(CodeVocabulary.alternatives(term("app"), codebase::contains, true))
        .containsExactly("application");
    assertThat(CodeVocabulary.alternatives(term("config"), codebase::contains, true))
        .containsExactly("configuration", "configure");
    // Only for short questions: in an issue report such words are mostly code.
    assertThat(CodeVocabulary.alternatives(term("app"), codebase::contains)).isEmpty();
    // Only words the codebase holds.
    assertThat(CodeVocabulary.alternatives(term("env"), codebase::contains, true)).isEmpty();
    // Abbreviations that mean something else in code stay themselves: init initialises, an id
    // identifies.
    Set<String> all = Set.of("init", "initial", "id", "identify", "stat", "statistic");
    assertThat(CodeVocabulary.alternatives(term("init"), all::contains, true)).isEmpty();
    assertThat(CodeVocabulary.alternatives(term("id"), all::contains, true)).isEmpty();
    assertThat(CodeVocabulary.alternatives(term("stat"), all::contains, true)).isEmpty();
  }

  @Test
  void onlyFormsTheCodebaseHoldsAndNoKeywordsThatEveryFileHas() {
    // A codebase that never says "ctx" gets nothing for "context".
    assertThat(CodeVocabulary.alternatives(term("context"), w -> false)).isEmpty();
    // "exception" would become Python's "except" and "definition" its "def": every file has them.
    assertThat(CodeVocabulary.alternatives(term("exception"), Set.of("except")::contains))
        .isEmpty();
    assertThat(CodeVocabulary.alternatives(term("definition"), Set.of("def")::contains)).isEmpty();
    // A word that is no noun of action stays itself, whatever else the codebase holds (its
    // "-ing" noun and noun of action aside: see below).
    assertThat(
            CodeVocabulary.alternatives(
                term("upload"), w -> !w.matches(".*(?:ing|ion|ence|ance|ment|val)")))
        .isEmpty();
    // Nor is a word cut down to a stub: "comment" is not "com" (as in example.com).
    assertThat(CodeVocabulary.alternatives(term("comment"), Set.of("com")::contains)).isEmpty();
  }

  @Test
  void aVerbAlsoMeetsTheIngNounKStemKeeps() {
    // KStem keeps these "-ing" nouns as written, so the question's verb never met them.
    assertThat(term("printing")).isEqualTo("printing");
    Set<String> codebase = Set.of("printing", "logging", "mapping", "encoding", "setting");
    assertThat(CodeVocabulary.alternatives(term("print"), codebase::contains))
        .containsExactly("printing");
    assertThat(CodeVocabulary.alternatives(term("log"), codebase::contains))
        .containsExactly("logging");
    assertThat(CodeVocabulary.alternatives(term("map"), codebase::contains))
        .containsExactly("mapping");
    assertThat(CodeVocabulary.alternatives(term("encode"), codebase::contains))
        .containsExactly("encoding");
    // Only where the codebase writes the noun, and not for verbs whose noun means another thing.
    assertThat(CodeVocabulary.alternatives(term("render"), codebase::contains)).isEmpty();
    assertThat(CodeVocabulary.alternatives(term("set"), codebase::contains)).isEmpty();
  }

  @Test
  void aVerbAlsoMeetsItsNounOfAction() {
    Set<String> codebase =
        Set.of(
            "persistence",
            "registration",
            "validation",
            "comparison",
            "deletion",
            "statement",
            "importance");
    assertThat(CodeVocabulary.alternatives(term("persisted"), codebase::contains))
        .containsExactly("persistence");
    assertThat(CodeVocabulary.alternatives(term("registered"), codebase::contains))
        .containsExactly("registration");
    assertThat(CodeVocabulary.alternatives(term("validate"), codebase::contains))
        .containsExactly("validation");
    assertThat(CodeVocabulary.alternatives(term("compare"), codebase::contains))
        .containsExactly("comparison");
    assertThat(CodeVocabulary.alternatives(term("deleted"), codebase::contains))
        .containsExactly("deletion");
    // A noun that means something else than doing the verb is not its form.
    assertThat(CodeVocabulary.alternatives(term("state"), codebase::contains)).isEmpty();
    assertThat(CodeVocabulary.alternatives(term("import"), codebase::contains)).isEmpty();
    assertThat(CodeVocabulary.alternatives(term("persist"), Set.of()::contains)).isEmpty();
  }
}
