package dev.lantern.query.retrieve;

import java.util.List;
import java.util.Map;

/**
 * A question taken apart for search.
 *
 * @param question the text as asked
 * @param identifiers code-like tokens ({@code retryUpload}, {@code max_retries}, {@code a.b.c})
 * @param paths path-like tokens ({@code src/app.py}, {@code Upload.java})
 * @param quoted strings the user put in quotes or backticks
 * @param termWeights analysed search terms with their weights
 * @param phrases runs of words from lines that read like program messages (errors, warnings), which
 *     code often holds verbatim in a string literal
 * @param spelled for each analysed term, the question's word it came from (lower case): terms are
 *     stems ("dayj", "decid"), which no answer should show
 * @param forms for an analysed term, the other forms this codebase writes it in ({@code ctx} for
 *     "context", {@code delete} for "deletion"; {@link CodeVocabulary}), searched as the same word
 */
public record AnalyzedQuery(
    String question,
    List<String> identifiers,
    List<String> paths,
    List<String> quoted,
    Map<String, Float> termWeights,
    List<String> phrases,
    Map<String, String> spelled,
    Map<String, List<String>> forms) {

  public AnalyzedQuery {
    spelled = Map.copyOf(spelled);
    forms = Map.copyOf(forms);
  }

  /** This query with {@code forms} as the other forms of its terms. */
  public AnalyzedQuery withForms(Map<String, List<String>> forms) {
    return new AnalyzedQuery(
        question, identifiers, paths, quoted, termWeights, phrases, spelled, forms);
  }

  /** This query with {@code more} names added to its identifiers (none twice). */
  public AnalyzedQuery withIdentifiers(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(identifiers);
    ids.addAll(more);
    return new AnalyzedQuery(
        question, List.copyOf(ids), paths, quoted, termWeights, phrases, spelled, forms);
  }

  /** The other forms of each word as spelled ("asynchronous" → {@code async}). */
  public Map<String, List<String>> spelledForms() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    forms.forEach((term, f) -> out.put(spelled(term), f));
    return out;
  }

  /** The other forms of {@code term} that the codebase uses; empty when none. */
  public List<String> forms(String term) {
    return forms.getOrDefault(term, List.of());
  }

  /** {@code term} and then the other forms the codebase writes it in. */
  public List<String> termAndForms(String term) {
    List<String> all = new java.util.ArrayList<>();
    all.add(term);
    all.addAll(forms(term));
    return all;
  }

  /** The word of the question that {@code term} came from, or the term itself. */
  public String spelled(String term) {
    return spelled.getOrDefault(term, term);
  }

  /** Whether anything is left to search for: "how does it?" or "???" leaves nothing. */
  public boolean searchable() {
    return !identifiers.isEmpty()
        || !paths.isEmpty()
        || !quoted.isEmpty()
        || !termWeights.isEmpty()
        || !phrases.isEmpty();
  }

  /** The terms, strongest first, for "I searched for …" messages. */
  public List<String> displayTerms(int max) {
    List<String> out = new java.util.ArrayList<>(identifiers);
    termWeights.entrySet().stream()
        .sorted(Map.Entry.<String, Float>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .map(this::spelled)
        .filter(t -> out.stream().noneMatch(i -> i.equalsIgnoreCase(t)))
        .forEach(out::add);
    return out.subList(0, Math.min(max, out.size()));
  }
}
