package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerListTest {
  @Test
  void questionsThatAskForTheCallers() {
    assertThat(CallerList.asks("what calls JsonReader.peek?")).isTrue();
    assertThat(CallerList.asks("Who calls url_for")).isTrue();
    assertThat(CallerList.asks("which functions call parse?")).isFalse(); // "call", not "calls"
    assertThat(CallerList.asks("which function calls parse?")).isTrue();
    assertThat(CallerList.asks("where is url_for used?")).isTrue();
    assertThat(CallerList.asks("where is the session interface called from?")).isTrue();
    assertThat(CallerList.asks("show me the callers of Session.send")).isTrue();
    assertThat(CallerList.asks("usages of mergeHeaders")).isTrue();
    // Questions about what the code does, not who calls it.
    assertThat(CallerList.asks("how does url_for build a URL?")).isFalse();
    assertThat(CallerList.asks("where is the session saved?")).isFalse();
    assertThat(CallerList.asks("what does peek return?")).isFalse();
    assertThat(CallerList.asks("where is url_for used?\nIt fails in a template.")).isFalse();
  }

  @Test
  void eachCallerIsListedWithTheLineOfItsCallAndTheRestAreCounted() {
    List<Location> callers = new ArrayList<>();
    for (int i = 1; i <= CallerList.MAX_LISTED + 2; i++) {
      String text = "JsonToken read" + i + "(JsonReader in) {\n  // peek first\n  in.peek();\n}";
      callers.add(
          new Location(
              "src/A" + i + ".java", 10, 13, "A" + i + ".read", "function", "", "", 0, text));
    }
    String list = CallerList.of("JsonReader.peek", callers, PlaceText.snippets());
    // The call's line, past the comment that also says "peek".
    assertThat(list)
        .startsWith("- `A1.read` (src/A1.java:10-13), at line 12: `in.peek();`\n")
        .contains("- `A20.read` (src/A20.java:10-13)")
        .doesNotContain("A21.read")
        .endsWith("- and 2 more\n");
    // A docstring that says the word is passed over for the line that calls it.
    Location request =
        new Location(
            "httpx/_client.py",
            771,
            775,
            "Client.request",
            "function",
            "",
            "",
            0,
            "def request(self, method, url):\n    \"\"\"\n    Build and send a request.\n    \"\"\"\n"
                + "    return self.send(request, auth=auth)");
    assertThat(CallerList.of("Client.send", List.of(request), PlaceText.snippets()))
        .isEqualTo(
            "- `Client.request` (httpx/_client.py:771-775), at line 775:"
                + " `return self.send(request, auth=auth)`\n");
    // A name inside a longer one is no call of it.
    Location other =
        new Location(
            "src/B.java", 1, 3, "B.run", "function", "", "", 0, "void run() {\n peekAll();\n}");
    assertThat(CallerList.of("JsonReader.peek", List.of(other), PlaceText.snippets()))
        .isEqualTo("- `B.run` (src/B.java:1-3)\n");
  }
}
