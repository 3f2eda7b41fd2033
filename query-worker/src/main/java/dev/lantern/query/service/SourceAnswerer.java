package dev.lantern.query.service;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.model.Location;
import java.util.List;
import java.util.function.Consumer;

/** Writes an answer from retrieved locations; emits Sources, Tokens, then Done or Error. */
@FunctionalInterface
public interface SourceAnswerer {
  void answer(
      String question,
      List<String> searchedTerms,
      List<Location> locations,
      List<String> notices,
      Consumer<AnswerEvent> sink);
}
