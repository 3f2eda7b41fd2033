package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import org.junit.jupiter.api.Test;

class CallSitesTest {
  private static StoredChunk type(String path, int start, String name, String text) {
    int lines = (int) text.lines().count();
    return new StoredChunk(
        0, path, "python", "TYPE", start, start + lines - 1, name, name, "", "", text);
  }

  private static String filler(int n, String indent) {
    return (indent + "x = 1\n").repeat(n);
  }

  @Test
  void aCallInsideAWholeClassIsCitedAtItsMethod() {
    String text =
        "class Blueprint(Base):\n" // line 10
            + "    def get_max_age(self, filename):\n" // 11
            + "        \"\"\"Used by get_max_age callers.\"\"\"\n" // 12
            + filler(20, "        ") // 13-32
            + "\n" // 33
            + "    def send_static_file(\n" // 34
            + "        self, filename\n" // 35
            + "    ) -> Response:\n" // 36
            + "        if filename:\n" // 37
            + "            max_age = self.get_max_age(filename)\n" // 38
            + "        return send(max_age)\n" // 39
            + "\n" // 40
            + "    def other(self):\n" // 41
            + filler(5, "        "); // 42-46
    Location at = CallSites.of(type("src/bp.py", 10, "Blueprint", text), "Flask.get_max_age");
    assertThat(at.citation()).isEqualTo("src/bp.py:34-39");
    assertThat(at.symbol()).isEqualTo("Blueprint.send_static_file");
    assertThat(at.snippet()).startsWith("    def send_static_file(").endsWith("send(max_age)");
  }

  @Test
  void bracesEndAJavaMethod() {
    String text =
        "public class Runner {\n" // 1
            + filler(28, "  ") // 2-29
            + "  public void run(String job) {\n" // 30
            + "    if (job != null) {\n" // 31
            + "      worker.go(job);\n" // 32
            + "    }\n" // 33
            + "  }\n" // 34
            + "}\n"; // 35
    Location at = CallSites.of(type("src/Runner.java", 1, "Runner", text), "go");
    assertThat(at.citation()).isEqualTo("src/Runner.java:30-34");
    assertThat(at.symbol()).isEqualTo("Runner.run");
  }

  @Test
  void shortChunksAndCallsOutsideAnyMethodAreCitedWhole() {
    String small = "class A:\n    def f(self):\n        return go()\n";
    assertThat(CallSites.of(type("a.py", 1, "A", small), "go").citation()).isEqualTo("a.py:1-3");
    String field = "class B:\n    handler = go\n" + filler(40, "    ");
    assertThat(CallSites.of(type("b.py", 1, "B", field), "go").citation()).isEqualTo("b.py:1-42");
  }

  @Test
  void aUseInModuleCodeJoinedAboveADefinitionIsAtTheTopLevel() {
    String text =
        "serializer = TaggedJSONSerializer()\n" // 287
            + "\n" // 288
            + "\n" // 289
            + "def _lazy_sha1(string=b\"\"):\n" // 290
            + "    # TaggedJSONSerializer is not used here\n" // 291
            + "    return hashlib.sha1(string)\n"; // 292
    StoredChunk chunk =
        new StoredChunk(
            0,
            "src/sessions.py",
            "python",
            "FUNCTION",
            287,
            292,
            "_lazy_sha1",
            "_lazy_sha1",
            "",
            "",
            text);
    // The comment inside mentions the name, but only as a word: still a use before, so no.
    Location at = CallSites.of(chunk, "TaggedJSONSerializer");
    assertThat(at.citation()).isEqualTo("src/sessions.py:287-292");
    assertThat(at.symbol()).isEqualTo("_lazy_sha1");
    // Without the mention inside, the use is at the top level, on its own line.
    StoredChunk plain =
        new StoredChunk(
            0,
            "src/sessions.py",
            "python",
            "FUNCTION",
            287,
            291,
            "_lazy_sha1",
            "_lazy_sha1",
            "",
            "",
            text.replace("    # TaggedJSONSerializer is not used here\n", ""));
    Location top = CallSites.of(plain, "TaggedJSONSerializer");
    assertThat(top.citation()).isEqualTo("src/sessions.py:287");
    assertThat(top.symbol()).isEmpty();
    // A use inside the definition is cited at the definition, as before.
    StoredChunk inside =
        new StoredChunk(
            0,
            "src/sessions.py",
            "python",
            "FUNCTION",
            290,
            291,
            "_lazy_sha1",
            "_lazy_sha1",
            "",
            "",
            "def _lazy_sha1(string):\n    return hashlib.sha1(string)\n");
    assertThat(CallSites.of(inside, "sha1").symbol()).isEqualTo("_lazy_sha1");
  }

  @Test
  void aUseInModuleCodeJoinedBelowADefinitionIsAtTheTopLevelToo() {
    String text =
        "class Proxy:\n" // 201
            + "    def __init__(self, url):\n" // 202
            + "        self.url = url\n" // 203
            + "\n" // 204
            + "\n" // 205
            + "DEFAULT_LIMITS = Limits(max_connections=100)\n"; // 206
    StoredChunk proxy =
        new StoredChunk(
            0, "httpx/_config.py", "python", "TYPE", 201, 206, "Proxy", "Proxy", "", "", text);
    Location at = CallSites.of(proxy, "Limits");
    assertThat(at.citation()).isEqualTo("httpx/_config.py:206");
    assertThat(at.symbol()).isEmpty();
    // A definition that is the whole chunk keeps its uses.
    String whole = "def f():\n    return Limits()\n";
    StoredChunk f = new StoredChunk(0, "a.py", "python", "FUNCTION", 1, 2, "f", "f", "", "", whole);
    assertThat(CallSites.of(f, "Limits").symbol()).isEqualTo("f");
  }
}
