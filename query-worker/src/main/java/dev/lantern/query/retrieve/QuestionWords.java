package dev.lantern.query.retrieve;

import dev.lantern.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * What became of the question's words: an answer says what it searched for, and must not present
 * places as being about words they do not contain.
 *
 * @param searched the search terms, strongest first, for "I searched for …"
 * @param absent words or names of a short question that occur nowhere in the codebase
 * @param unmatched words the codebase has but none of the cited places does
 * @param forms for a searched word, the other forms the code writes it in ({@code async} for
 *     "asynchronous"), which count as the word where a place is checked for it
 * @param closeNames for an absent name, the definitions spelled almost like it
 * @param imported for a name asked about that comes from outside the codebase, where from
 */
public record QuestionWords(
    List<String> searched,
    List<String> absent,
    List<UnmatchedWord> unmatched,
    Map<String, List<String>> forms,
    Map<String, List<Location>> closeNames,
    Map<String, ImportedName> imported) {
  public QuestionWords {
    searched = List.copyOf(searched);
    absent = List.copyOf(absent);
    unmatched = List.copyOf(unmatched);
    forms = Map.copyOf(forms);
    closeNames = Map.copyOf(closeNames);
    imported = Map.copyOf(imported);
  }

  public QuestionWords(
      List<String> searched,
      List<String> absent,
      List<UnmatchedWord> unmatched,
      Map<String, List<String>> forms,
      Map<String, List<Location>> closeNames) {
    this(searched, absent, unmatched, forms, closeNames, Map.of());
  }

  public QuestionWords(
      List<String> searched,
      List<String> absent,
      List<UnmatchedWord> unmatched,
      Map<String, List<String>> forms) {
    this(searched, absent, unmatched, forms, Map.of());
  }

  public QuestionWords(List<String> searched, List<String> absent, List<UnmatchedWord> unmatched) {
    this(searched, absent, unmatched, Map.of());
  }

  /** The other forms of {@code word} (as searched for), empty when none. */
  public List<String> forms(String word) {
    return forms.getOrDefault(word, List.of());
  }

  /** {@code word} with the forms it was also searched in: "temporary (or tmp, temp)". */
  public String described(String word) {
    List<String> other = forms(word);
    return other.isEmpty() ? word : word + " (or " + String.join(", ", other) + ")";
  }

  /** Only the searched terms: every word was found where the answer looks. */
  public static QuestionWords searched(List<String> searched) {
    return new QuestionWords(searched, List.of(), List.of());
  }
}
