package dev.lantern.core.answer;

import dev.lantern.core.model.Location;
import java.util.List;

/**
 * What an answer emits, in order: Searching, Notice*, MissingWords?, Sources, Token*, then Done or
 * Error.
 */
public sealed interface AnswerEvent {
  /** Retrieval started; {@code terms} is what was searched for. */
  record Searching(String question, List<String> terms) implements AnswerEvent {}

  /** Something the user should know about the search, such as semantic search being off. */
  record Notice(String message) implements AnswerEvent {}

  /**
   * Words of a short question that the answer cannot be about, so that a client can show them apart
   * from the answer (the answer's text says so too).
   *
   * @param absent words and names that occur nowhere in the codebase, as the question spells them
   * @param unmatched words the codebase has but none of the first places of the answer does
   */
  record MissingWords(List<String> absent, List<String> unmatched) implements AnswerEvent {
    public MissingWords {
      absent = List.copyOf(absent);
      unmatched = List.copyOf(unmatched);
    }
  }

  /** The locations the answer is built from, numbered from 1 in list order. */
  record Sources(List<Location> locations) implements AnswerEvent {}

  /** A piece of answer text, to append. */
  record Token(String text) implements AnswerEvent {}

  /**
   * The answer is complete.
   *
   * @param text the whole answer
   * @param unverifiedCitations citations in the text that do not match an indexed location
   */
  record Done(String text, List<String> unverifiedCitations) implements AnswerEvent {}

  /** The answer failed; {@code code} is stable, {@code message} is for people. */
  record Error(String code, String message) implements AnswerEvent {}
}
