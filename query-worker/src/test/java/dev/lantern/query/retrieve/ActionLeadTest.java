package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionLeadTest {
  @Test
  void theVerbOfHowDoIIsTheActionUnlessItIsAProcedureOrTooGeneral() {
    assertThat(ActionLead.verb("how do I add days to a date?")).contains("add");
    assertThat(ActionLead.verb("How can we mount a custom adapter?")).contains("mount");
    assertThat(ActionLead.verb("how to register a blueprint")).contains("register");
    // Procedures are answered by docs; get and use name no one function.
    assertThat(ActionLead.verb("how do I run the tests?")).isEmpty();
    assertThat(ActionLead.verb("how do I get the current user?")).isEmpty();
    assertThat(ActionLead.verb("how does flask add a rule?")).isEmpty();
    assertThat(ActionLead.verb("how do I add days?\nIt fails with this trace")).isEmpty();
  }

  @Test
  void aNameIsTheActionWhenItStartsWithTheVerbAndSaysNothingTheQuestionDoesNot() {
    Set<String> words = Set.of("how", "do", "i", "register", "a", "type", "hierarchy", "adapter");
    assertThat(
            ActionLead.namesAction("GsonBuilder.registerTypeHierarchyAdapter", "register", words))
        .isTrue();
    assertThat(ActionLead.namesAction("register_type", "register", words)).isTrue();
    assertThat(ActionLead.namesAction("registerSubtype", "register", words)).isFalse();
    assertThat(ActionLead.namesAction("adapterRegister", "register", words)).isFalse();
    assertThat(ActionLead.nameWords("Dayjs.dayOfYear")).isEqualTo(List.of("day", "of", "year"));
    assertThat(ActionLead.nameWords("HTTPAdapter")).isEqualTo(List.of("http", "adapter"));
    assertThat(ActionLead.namedBy("post", Set.of("send", "a", "post", "request"))).isTrue();
    assertThat(ActionLead.namedBy("dayOfYear", Set.of("add", "day", "to", "a", "date"))).isFalse();
  }

  @Test
  void aTestNamedByTheActionGivesWayToTheExampleThatDoesItWhenTheProductHasNoSuchFunction() {
    List<StoredChunk> chunks =
        List.of(
            fn(0, "tests/test_apps/cliapp/factory.py", "create_app"),
            fn(1, "src/flask/sansio/app.py", "App.create_global_jinja_loader"),
            fn(2, "examples/tutorial/flaskr/__init__.py", "create_app"),
            fn(3, "src/flask/app.py", "Flask.create_app"));
    Map<Integer, Double> scores = Map.of(0, 0.27, 1, 0.17, 2, 0.2, 3, 0.15);
    String q = "how do I create an app?";
    // The example's create_app, not the code that merely says create and app.
    assertThat(ActionLead.choose(q, List.of(0, 1, 2), scores, chunks::get, 0.5, 10)).isEqualTo(2);
    // Where the product's code has the function, it opens.
    assertThat(ActionLead.choose(q, List.of(0, 1, 2, 3), scores, chunks::get, 0.5, 10))
        .isEqualTo(3);
    // The best place named by the question and not a test: as ranked.
    assertThat(ActionLead.choose(q, List.of(2, 0, 1), scores, chunks::get, 0.5, 10)).isNull();
  }

  private static StoredChunk fn(int ord, String path, String symbol) {
    return new StoredChunk(
        ord, path, "py", "FUNCTION", 1, 5, symbol, symbol, "", "", "def " + symbol + "(): pass");
  }

  @Test
  void aDeprecatedFunctionIsNotHowToDoItToday() {
    assertThat(ActionLead.deprecated("@deprecated Use parseReader", "")).isTrue();
    assertThat(ActionLead.deprecated("", "@Deprecated\npublic JsonElement parse(Reader json)"))
        .isTrue();
    assertThat(ActionLead.deprecated("Parse it.\n\n.. deprecated:: 2.3", "")).isTrue();
    assertThat(ActionLead.deprecated("Parses a reader; see the deprecation notes.", "parse()"))
        .isFalse();
  }
}
