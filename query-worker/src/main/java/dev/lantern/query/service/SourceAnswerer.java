package dev.lantern.query.service;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.model.Location;
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
}
