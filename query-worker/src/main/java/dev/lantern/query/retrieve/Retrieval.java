package dev.lantern.query.retrieve;

import dev.lantern.core.model.Location;
import java.util.List;

/**
 * What retrieval found for one question.
 *
 * @param query the analysed question
 * @param files files best first
 * @param locations spans best first, overlapping spans merged, at most a few per file
 * @param semantic whether vector search took part
 * @param semanticNote why it did not, for people; empty when it did
 * @param timings milliseconds per stage
 * @param absentWords words of a short question that occur nowhere in the codebase
 * @param unmatchedWords words of a short question that the codebase has but the best locations lack
 * @param closeNames for an absent name, the definitions spelled almost like it ("url_fro" → {@code
 *     url_for})
 * @param importedNames for a name the question asks about that the code imports from outside the
 *     codebase, where it comes from ({@link ImportedName})
 */
public record Retrieval(
    AnalyzedQuery query,
    List<FileHit> files,
    List<Location> locations,
    boolean semantic,
    String semanticNote,
    Timings timings,
    List<String> absentWords,
    List<UnmatchedWord> unmatchedWords,
    java.util.Map<String, List<Location>> closeNames,
    java.util.Map<String, ImportedName> importedNames) {

  /** Stage durations in milliseconds (fractional). */
  public record Timings(double lexical, double vector, double fusion, double total) {}
}
