package dev.lantern.query.retrieve;

import dev.lantern.core.model.Location;
import java.util.List;

/**
 * A word of the question that none of the cited places contains, though the codebase does.
 *
 * @param word the word as searched (stemmed: "retried" is "retry")
 * @param files how many files contain it
 * @param places where it occurs: retrieved locations that hold it, else the places that best match
 *     the rest of the question (at most two)
 * @param inLocations indices of the retrieved locations that hold it, all past the first few: an
 *     answer that shows one of them must not say the word is missing
 */
public record UnmatchedWord(
    String word, int files, List<Location> places, List<Integer> inLocations) {
  public UnmatchedWord {
    places = List.copyOf(places);
    inLocations = List.copyOf(inLocations);
  }
}
