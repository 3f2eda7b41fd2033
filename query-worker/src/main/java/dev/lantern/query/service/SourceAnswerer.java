package dev.lantern.query.service;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.model.Location;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an answer from retrieved locations; emits Sources, Tokens, then Done or Error. {@code
 * absentWords} are words of the question that occur nowhere in the codebase: the answer must not
 * present the locations as being about them.
 */
@FunctionalInterface
public interface SourceAnswerer {
  void answer(
      String question,
      List<String> searchedTerms,
      List<String> absentWords,
      List<Location> locations,
      List<String> notices,
      Consumer<AnswerEvent> sink);
}
