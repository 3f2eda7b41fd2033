package dev.lantern.query.retrieve;

import dev.lantern.core.model.Location;
import java.util.List;

/**
 * A word of the question that none of the cited places contains, though the codebase does.
 *
 * @param word the word as searched (stemmed: "retried" is "retry")
 * @param files how many files contain it
 * @param places where it occurs, best match for the rest of the question first (at most two)
 */
public record UnmatchedWord(String word, int files, List<Location> places) {
  public UnmatchedWord {
    places = List.copyOf(places);
  }
}
