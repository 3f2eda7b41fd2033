package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileQuestionTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "what does src/flask/ctx.py do?|src/flask/ctx.py",
        "explain ctx.py|ctx.py",
        "What's `utils/format.js` for?|utils/format.js",
        "what is in ./lib/Gson.java|lib/Gson.java",
        "Tell me about the module \u201cjson/tag.py\u201d.|json/tag.py",
        "what is the role of src/app/ in this project?|src/app",
        "how does README.md work?|README.md",
        "give me an overview of Makefile.am|Makefile.am",
        "where is setup.py used?|setup.py",
        "what does the sessions module do?|sessions",
        "what is in the `doc` folder?|doc",
        "explain the internal_api package|internal_api",
        "what is in the app package?|app",
        "what does the utc plugin do?|utc",
        "where is the devtools middleware?|devtools"
      })
  void aQuestionAboutOneFileNamesIt(String question, String subject) {
    assertThat(FileQuestion.subject(question)).hasValue(subject);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A subject besides the file: a search within the codebase answers it.
        "what does src/flask/ctx.py do with sessions?",
        "where does app.py register blueprints?",
        "how does the persist middleware save state?",
        // Two files: how they relate.
        "how does app.py use ctx.py?",
        // No file at all.
        "what does this project do?",
        "how are uploads retried?",
        "what does version 1.5 change?",
        // A bare name needs a word saying it is a file or folder, and nothing else to look for.
        "what does upload do?",
        "what does this package do?",
        "what does the main module do?",
        "which module retries uploads?",
        "what does the sessions module do with cookies?",
        "what does the doc folder say about ctx.py?",
        ""
      })
  void otherQuestionsAreNot(String question) {
    assertThat(FileQuestion.subject(question)).isEmpty();
  }

  @Test
  void folderAndPackageNameAFolderFirst() {
    assertThat(FileQuestion.asksForFolder("what is in the doc folder?")).isTrue();
    assertThat(FileQuestion.asksForFolder("explain the auth package")).isTrue();
    assertThat(FileQuestion.asksForFolder("what does the sessions module do?")).isFalse();
  }

  @Test
  void longOrMultiLineTextIsNotAFileQuestion() {
    assertThat(FileQuestion.subject("explain app.py\nIt fails with KeyError")).isEmpty();
    assertThat(FileQuestion.subject("explain " + "a/".repeat(150) + "app.py")).isEmpty();
    assertThat(FileQuestion.subject(null)).isEmpty();
  }
}
