package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void aDeprecatedFunctionIsNotHowToDoItToday() {
    assertThat(ActionLead.deprecated("@deprecated Use parseReader", "")).isTrue();
    assertThat(ActionLead.deprecated("", "@Deprecated\npublic JsonElement parse(Reader json)"))
        .isTrue();
    assertThat(ActionLead.deprecated("Parse it.\n\n.. deprecated:: 2.3", "")).isTrue();
    assertThat(ActionLead.deprecated("Parses a reader; see the deprecation notes.", "parse()"))
        .isFalse();
  }
}
