package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.List;

/** Finds the places that call a symbol, from the index's references. */
@FunctionalInterface
public interface CallerLookup {
  List<Location> callersOf(String symbol, int limit);

  static CallerLookup none() {
    return (symbol, limit) -> List.of();
  }
}
