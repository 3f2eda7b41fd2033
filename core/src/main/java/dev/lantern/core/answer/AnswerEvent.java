package dev.lantern.core.answer;

import dev.lantern.core.model.Location;
import java.util.List;

/** What an answer emits, in order: Searching, Sources, Token*, then Done or Error. */
public sealed interface AnswerEvent {
  /** Retrieval started; {@code terms} is what was searched for. */
  record Searching(String question, List<String> terms) implements AnswerEvent {}

  /** Something the user should know about the search, such as semantic search being off. */
  record Notice(String message) implements AnswerEvent {}

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
