package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class WrapperLeadTest {
  @Test
  void aDocThatSaysThePlaceStandsForAnotherNamesIt() {
    assertThat(WrapperLead.standsFor("StaticFile is a wrapper for Engine.StaticFile."))
        .isEqualTo("Engine.StaticFile");
    assertThat(WrapperLead.standsFor("GET is a shortcut for router.Handle(\"GET\", path, handle)"))
        .isEqualTo("router.Handle");
    assertThat(WrapperLead.standsFor("This is just a thin wrapper around `json.dumps`."))
        .isEqualTo("json.dumps");
    // Saying what a place wraps for its callers is not standing for another place.
    assertThat(WrapperLead.standsFor("Returns a wrapper that retries the call.")).isNull();
    assertThat(WrapperLead.standsFor("")).isNull();
    assertThat(WrapperLead.standsFor(null)).isNull();
  }

  private static StoredChunk fn(int ord, String path, String symbol, String doc) {
    return new StoredChunk(
        ord, path, "go", "FUNCTION", 1, 3, symbol, symbol, "", doc, "func " + symbol + "()");
  }

  @Test
  void theWrappedPlaceLeadsWhenItWasFoundAmongTheFirstPlaces() {
    List<StoredChunk> chunks =
        List.of(
            fn(0, "ginS/gins.go", "StaticFile", "StaticFile is a wrapper for Engine.StaticFile."),
            fn(1, "gin.go", "Run", "Run attaches the router."),
            fn(2, "routergroup.go", "StaticFile", "StaticFile registers a single route."),
            fn(3, "ginS/gins.go", "GET", "GET is a shortcut for router.Handle(\"GET\", path)"));
    IntFunction<StoredChunk> chunk = chunks::get;
    assertThat(WrapperLead.instead(0, List.of(0, 1, 2, 3), chunk, 10)).isEqualTo(2);
    // Beyond the places looked at, or not found at all: the lead stays.
    assertThat(WrapperLead.instead(0, List.of(0, 1, 2, 3), chunk, 2)).isNull();
    assertThat(WrapperLead.instead(3, List.of(3, 0, 1, 2), chunk, 10)).isNull();
    // A place that wraps nothing keeps the lead.
    assertThat(WrapperLead.instead(1, List.of(1, 0, 2), chunk, 10)).isNull();
  }
}
