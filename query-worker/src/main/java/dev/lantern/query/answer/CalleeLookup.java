package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.List;

/** Finds the definitions that a place calls, in the order it first calls them. */
@FunctionalInterface
public interface CalleeLookup {
  List<Location> calleesOf(Location place, int limit);

  static CalleeLookup none() {
    return (place, limit) -> List.of();
  }
}
