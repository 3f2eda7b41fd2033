package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.FileImports;
import dev.lantern.query.overview.FileOverview;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTextTest {
  private static Location def(String symbol, int start, int end, String kind, String doc) {
    return new Location(
        "kite/client.py", start, end, symbol, kind, "def " + symbol + "():", doc, 1, "");
  }

  @Test
  void aModuleSaysWhatItIsWhatItDefinesAndWhoUsesIt() {
    FileOverview f =
        new FileOverview(
            "kite/client.py",
            "python",
            50,
            Optional.of(
                new Location(
                    "kite/client.py", 1, 2, "", "doc", "", "Talks to the server. More.", 1, "")),
            List.of(
                def("Client", 5, 40, "type", "A connection to the server."),
                def("connect", 42, 50, "function", "")),
            3,
            Optional.empty(),
            List.of(),
            0,
            List.of(new FileOverview.Use("kite/cli.py", 2), new FileOverview.Use("kite/x.py", 1)),
            List.of("tests/a.py", "tests/b.py", "tests/c.py", "tests/d.py", "tests/e.py"),
            new FileImports(List.of("kite/retry.py"), List.of("requests", "os")),
            List.of("examples/client.py"));
    String text = String.join("", FileText.of(f));
    assertThat(text)
        .startsWith(
            "`kite/client.py` is a Python file of 50 lines. It describes itself: \u201cTalks to"
                + " the server.")
        .contains("\u201d (kite/client.py:1-2)")
        .contains(
            "It defines:\n"
                + "- `Client` (kite/client.py:5-40): A connection to the server.\n"
                + "- `connect` (kite/client.py:42-50): `def connect():`\n"
                + "- and 3 more\n")
        .contains(
            "\n\nIt imports from `kite/retry.py`; from outside this codebase: `requests`, `os`.\n"
                + "What it defines is used from `kite/cli.py` (2 places), `kite/x.py` (1 place). Tests"
                + " that use it: tests/a.py, tests/b.py, tests/c.py, tests/d.py and 1 more.")
        .endsWith(
            "Other files named `client.py`: examples/client.py; ask with the full path to get"
                + " one of them.");
  }

  @Test
  void namesBoundAtTheTopLevelAreListedTogether() {
    List<String> names =
        List.of("_cv", "app_ctx", "current_app", "g", "request", "session", "a1", "a2", "a3");
    FileOverview f =
        new FileOverview(
            "kite/globals.py",
            "python",
            60,
            Optional.empty(),
            List.of(
                def("Proxy", 1, 20, "type", "Looks like the object it stands for."),
                new Location(
                    "kite/globals.py",
                    22,
                    60,
                    String.join(", ", names),
                    FileOverview.NAMES_KIND,
                    "",
                    "",
                    1,
                    "")),
            0,
            Optional.empty(),
            List.of(),
            0,
            List.of(),
            List.of(),
            new FileImports(List.of(), List.of()),
            List.of());
    assertThat(String.join("", FileText.of(f)))
        .contains(
            "It defines:\n"
                + "- `Proxy` (kite/client.py:1-20): Looks like the object it stands for.\n"
                + "- `_cv`, `app_ctx`, `current_app`, `g`, `request`, `session`, `a1`, `a2` and 1"
                + " more (kite/globals.py:22-60): set at the top level\n");
  }

  @Test
  void aFileThatIsOneClassListsTheClassMembers() {
    Location type = def("Session", 1, 90, "type", "Keeps cookies.");
    FileOverview f =
        new FileOverview(
            "kite/Session.java",
            "java",
            90,
            Optional.of(type),
            List.of(type),
            0,
            Optional.of("Session"),
            List.of(def("Session.get", 7, 12, "function", "Gets a page.")),
            4,
            List.of(),
            List.of(),
            new FileImports(List.of(), List.of()),
            List.of());
    String text = String.join("", FileText.of(f));
    assertThat(text)
        .startsWith(
            "`kite/Session.java` is a Java file of 90 lines. Its main type `Session` is documented"
                + " as: \u201cKeeps cookies.\u201d (kite/client.py:1-90)")
        .contains(
            "\n\nThe members of `Session`, public ones first:\n"
                + "- `Session.get` (kite/client.py:7-12): Gets a page.\n"
                + "- and 4 more\n")
        .doesNotContain("It defines")
        .endsWith("I found no other code file that uses what it defines.");
  }

  @Test
  void aDocumentListsItsSectionsAndNoUsers() {
    FileOverview f =
        new FileOverview(
            "docs/guide.md",
            "markdown",
            20,
            Optional.empty(),
            List.of(
                def("Guide", 1, 9, "section", ""), def("Guide > Install", 10, 20, "section", "")),
            0,
            Optional.empty(),
            List.of(),
            0,
            List.of(),
            List.of(),
            new FileImports(List.of(), List.of()),
            List.of());
    String text = String.join("", FileText.of(f));
    assertThat(text)
        .isEqualTo(
            "`docs/guide.md` is a Markdown file of 20 lines.\n\nIts sections:\n"
                + "- `Guide` (kite/client.py:1-9)\n"
                + "- `Guide > Install` (kite/client.py:10-20)\n");
  }

  @Test
  void codeWithNoNamedDefinitionsShowsWhereItRuns() {
    FileOverview f =
        new FileOverview(
            "api/index.js",
            "javascript",
            167,
            Optional.empty(),
            List.of(
                new Location("api/index.js", 1, 68, "", "module", "", "", 1, "\n// @ts-check\nx"),
                new Location("api/index.js", 70, 167, "", "module", "", "", 1, "return res;")),
            0,
            Optional.empty(),
            List.of(),
            0,
            List.of(),
            List.of(),
            new FileImports(
                List.of("a.js", "b.js", "c.js", "d.js", "e.js", "f.js", "g.js"), List.of()),
            List.of());
    assertThat(String.join("", FileText.of(f)))
        .isEqualTo(
            "`api/index.js` is a JavaScript file of 167 lines.\n\n"
                + "It has no named functions or types; its code runs at the top level:\n"
                + "- api/index.js:1-68: `// @ts-check`\n"
                + "- api/index.js:70-167: `return res;`\n"
                + "\nIt imports from `a.js`, `b.js`, `c.js`, `d.js`, `e.js`, `f.js` and 1 more.");
  }

  @Test
  void configurationHasPartsNotCodeThatRuns() {
    FileOverview f =
        new FileOverview(
            "pyproject.toml",
            "",
            40,
            Optional.empty(),
            List.of(
                new Location("pyproject.toml", 1, 20, "", "window", "", "", 1, "[project]"),
                new Location("pyproject.toml", 22, 40, "", "window", "", "", 1, "[tool.pytest]")),
            0,
            Optional.empty(),
            List.of(),
            0,
            List.of(),
            List.of(),
            new FileImports(List.of(), List.of()),
            List.of());
    assertThat(String.join("", FileText.of(f)))
        .isEqualTo(
            "`pyproject.toml` is a configuration file of 40 lines.\n\n"
                + "Its parts:\n"
                + "- pyproject.toml:1-20: `[project]`\n"
                + "- pyproject.toml:22-40: `[tool.pytest]`\n");
  }

  @Test
  void goImportsNameTheModulesPackagesAsFolders() {
    FileOverview f =
        new FileOverview(
            "doc/man.go",
            "go",
            30,
            Optional.empty(),
            List.of(),
            0,
            Optional.empty(),
            List.of(),
            0,
            List.of(),
            List.of(),
            new FileImports(List.of("./", "internal/config/"), List.of("fmt")),
            List.of());
    assertThat(String.join("", FileText.of(f)))
        .contains(
            "It imports from the root package (`./`), `internal/config/`; from outside this"
                + " codebase: `fmt`.");
  }
}
