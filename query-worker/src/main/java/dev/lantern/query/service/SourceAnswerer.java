package dev.lantern.query.service;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.model.Location;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.overview.FileOverview;
import dev.lantern.query.overview.FolderOverview;
import dev.lantern.query.overview.TypeOverview;
import dev.lantern.query.retrieve.QuestionWords;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an answer from retrieved locations; emits Sources, Tokens, then Done or Error. {@code
 * words} says what was searched for and which words of the question occur nowhere in the codebase
 * or in none of the locations: the answer must not present the locations as being about them.
 */
@FunctionalInterface
public interface SourceAnswerer {
  void answer(
      String question,
      QuestionWords words,
      List<Location> locations,
      List<String> notices,
      Consumer<AnswerEvent> sink);

  /**
   * Answers a question about the codebase as a whole ("what does this project do?") from its
   * overview. By default its places (README opening, entry points) are answered from like retrieved
   * ones.
   */
  default void overview(String question, CodebaseOverview overview, Consumer<AnswerEvent> sink) {
    answer(question, QuestionWords.searched(List.of()), overview.locations(), List.of(), sink);
  }

  /**
   * Answers a question about one file as a whole ("what does src/app.py do?") from its outline. By
   * default its places (description, definitions) are answered from like retrieved ones.
   */
  default void file(String question, FileOverview file, Consumer<AnswerEvent> sink) {
    answer(question, QuestionWords.searched(List.of()), file.locations(), List.of(), sink);
  }

  /**
   * Answers a question about one folder ("what is in src/flask/json/?") from its outline. By
   * default its places (the folder's and its files' descriptions) are answered from like retrieved
   * ones.
   */
  default void folder(String question, FolderOverview folder, Consumer<AnswerEvent> sink) {
    answer(question, QuestionWords.searched(List.of()), folder.locations(), List.of(), sink);
  }

  /**
   * Answers a question about one type ("what does the Flask class do?") from its outline. By
   * default its places (the type, its methods) are answered from like retrieved ones.
   */
  default void type(String question, TypeOverview type, Consumer<AnswerEvent> sink) {
    answer(question, QuestionWords.searched(List.of()), type.locations(), List.of(), sink);
  }
}
