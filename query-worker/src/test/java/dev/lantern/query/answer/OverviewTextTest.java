package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.retrieve.FileRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewTextTest {
  private static Location command(String path, int line, String name, String target) {
    return new Location(
        path, line, line, name, "command", name + " \u2192 " + target, "", 0, "line");
  }

  @Test
  void saysWhatItIsHowItIsLaidOutAndWhereItStarts() {
    CodebaseOverview o =
        new CodebaseOverview(
            30,
            9,
            Optional.of(
                new CodebaseOverview.Readme("README.md", "Kite", "Kite is a client.", 3, 3)),
            List.of(
                new CodebaseOverview.Area("src/kite/", true, 6, List.of("client.py", "retry.py")),
                new CodebaseOverview.Area("src/kite/transport/", false, 2, List.of("pool.py")),
                new CodebaseOverview.Area("", true, 1, List.of("setup.py"))),
            List.of(
                new CodebaseOverview.Share(FileRole.TEST, 12, "tests/"),
                new CodebaseOverview.Share(FileRole.DOC, 1, "")),
            List.of(
                command("pyproject.toml", 6, "kite", "kite.cli:main"),
                command("package.json", 3, "main", "lib/index.js"),
                new Location("src/kite/cli.py", 4, 9, "main", "function", "", "", 0, "")),
            "src/kite/",
            List.of());
    String text = String.join("", OverviewText.of(o));
    assertThat(text)
        .startsWith("Its README introduces it as Kite: \u201cKite is a client.\u201d (README.md:3)")
        .contains(
            "Its code (9 files of 30 indexed) is laid out as:\n"
                + "- files directly in `src/kite/` (6): `client.py`, `retry.py` and more\n"
                + "- `src/kite/transport/` (2): `pool.py` and more\n"
                + "- files at the top level (1): `setup.py`\n")
        .contains("Besides: 12 test files, mostly in `tests/`; 1 documentation file.")
        .contains(
            "Where it starts:\n"
                + "- the command `kite` runs `kite.cli:main` (pyproject.toml:6)\n"
                + "- the package's main module `lib/index.js` (package.json:3)\n"
                + "- `main` (src/kite/cli.py:4-9)\n");
  }

  @Test
  void aLibraryNamesWhatItsCodeUsesMostAndItsProgramsAsBesideIt() {
    CodebaseOverview o =
        new CodebaseOverview(
            10,
            8,
            Optional.empty(),
            List.of(new CodebaseOverview.Area("lib/", true, 8, List.of("Gson.java"))),
            List.of(),
            List.of(
                new Location("bench/Parse.java", 4, 9, "Parse.main", "function", "", "", 0, "")),
            "lib/",
            List.of(
                new CodebaseOverview.Central(
                    new Location(
                        "lib/Gson.java", 3, 40, "Gson", "type", "", "The main class. More.", 1, ""),
                    257)));
    String text = String.join("", OverviewText.of(o));
    assertThat(text)
        .contains(
            "\n\nThe definitions the rest of the code uses most:\n"
                + "- `Gson` (lib/Gson.java:3-40), used in 257 places: The main class.\n\n"
                + "Nothing in `lib/` declares a command or a `main`, so it is used as a library."
                + " Programs beside it:\n"
                + "- `Parse.main` (bench/Parse.java:4-9)\n")
        .doesNotContain("Where it starts")
        .doesNotContain("\n\n\n");
    assertThat(o.locations())
        .extracting(Location::path)
        .containsExactly("bench/Parse.java", "lib/Gson.java");
  }
}
