package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.List;

/** Finds the methods of subclasses that override (or implement) a method. */
@FunctionalInterface
public interface OverrideLookup {
  List<Location> overridesOf(String symbol, int limit);

  static OverrideLookup none() {
    return (symbol, limit) -> List.of();
  }
}
