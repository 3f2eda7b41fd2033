package dev.lantern.query.retrieve;

import java.util.List;

/**
 * What became of the question's words: an answer says what it searched for, and must not present
 * places as being about words they do not contain.
 *
 * @param searched the search terms, strongest first, for "I searched for …"
 * @param absent words or names of a short question that occur nowhere in the codebase
 * @param unmatched words the codebase has but none of the cited places does
 */
public record QuestionWords(
    List<String> searched, List<String> absent, List<UnmatchedWord> unmatched) {
  public QuestionWords {
    searched = List.copyOf(searched);
    absent = List.copyOf(absent);
    unmatched = List.copyOf(unmatched);
  }

  /** Only the searched terms: every word was found where the answer looks. */
  public static QuestionWords searched(List<String> searched) {
    return new QuestionWords(searched, List.of(), List.of());
  }
}
