package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class TestingGuideLeadTest {
  private final List<StoredChunk> chunks =
      List.of(
          chunk(
              0,
              "tests/test_commands.py",
              "FUNCTION",
              "test_command_no_args_is_help",
              "test_command_no_args_is_help"),
          chunk(1, "CHANGES.rst", "SECTION", "Tests", "Version 8.1.0 > Tests"),
          chunk(2, "docs/commands.md", "SECTION", "Commands", "Commands and Groups > Commands"),
          chunk(
              3,
              "docs/testing.md",
              "SECTION",
              "Basic Example",
              "Testing Click Applications > Basic Example"),
          chunk(4, "src/click/testing.py", "TYPE", "CliRunner", "CliRunner"));

  private static StoredChunk chunk(int ord, String path, String kind, String symbol, String qual) {
    return new StoredChunk(
        ord,
        path,
        "",
        kind,
        10,
        20,
        symbol,
        qual,
        "",
        "",
        qual + "\n@click.command()\n@click.group()\n");
  }

  private final IntFunction<StoredChunk> at = chunks::get;
  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  private Integer choose(String question, List<Integer> ranked) {
    return TestingGuideLead.choose(analyzer.analyze(question), ranked, at);
  }

  private final List<Integer> ranked = List.of(0, 1, 2, 3, 4);

  @Test
  void aQuestionAskingHowToTestOpensWithTheGuideSectionHeadedByTesting() {
    // Past the tests that say "test" and "command", and past release notes' "Tests" section.
    assertThat(choose("how do I test a command?", ranked)).isEqualTo(3);
    assertThat(choose("How to unit test a group?", ranked)).isEqualTo(3);
    assertThat(choose("how do I write a test for a command?", ranked)).isEqualTo(3);
    // The section must name what is to be tested.
    assertThat(choose("how do I test the owner controller?", ranked)).isNull();
    // Only among the places found.
    assertThat(choose("how do I test a command?", List.of(0, 1, 2, 4))).isNull();
  }

  @Test
  void otherQuestionsAboutTestsAndTestAsInCheckAreLeftAlone() {
    assertThat(choose("how do I test if a date is valid?", ranked)).isNull();
    assertThat(choose("which tests cover the help option?", ranked)).isNull();
    assertThat(choose("how does click parse options?", ranked)).isNull();
    assertThat(choose("how do I run the tests?", ranked)).isNull();
  }
}
