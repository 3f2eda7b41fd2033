package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.FileOverview;
import dev.lantern.query.overview.TypeOverview;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeTextTest {
  @Test
  void saysWhatTheTypeIsItsMethodsAndWhoUsesIt() {
    TypeOverview t =
        new TypeOverview(
            new Location(
                "src/tag.py",
                10,
                25,
                "Serializer",
                "type",
                "class Serializer(Base):",
                "Tags values. More.",
                1,
                ""),
            "class",
            List.of(
                new Location(
                    "src/tag.py",
                    16,
                    22,
                    "Serializer.register",
                    "function",
                    "def register(",
                    "Register a new tag.",
                    1,
                    ""),
                new Location(
                    "src/tag.py",
                    24,
                    25,
                    "Serializer._scan",
                    "function",
                    "def _scan(self, v):",
                    "",
                    1,
                    "")),
            3,
            List.of(new FileOverview.Use("src/sessions.py", 2)),
            List.of("tests/test_tag.py"),
            List.of("examples/tag.py"));
    assertThat(String.join("", TypeText.of(t)))
        .isEqualTo(
            "`Serializer` is a class in src/tag.py:10-25, declared as `class Serializer(Base):`."
                + " Its documentation says: \u201cTags values.\u201d\n\n"
                + "Its methods, public ones first:\n"
                + "- `Serializer.register` (src/tag.py:16-22): Register a new tag.\n"
                + "- `Serializer._scan` (src/tag.py:24-25): `def _scan(self, v):`\n"
                + "- and 3 more\n\n"
                + "It is used from `src/sessions.py` (2 places). Tests that use it:"
                + " tests/test_tag.py.\n\n"
                + "Other files define a type named `Serializer` too: examples/tag.py.");
    // Asked who uses it, the answer says so before the methods.
    assertThat(String.join("", TypeText.of(t, true)))
        .startsWith(
            "`Serializer` is a class in src/tag.py:10-25, declared as `class Serializer(Base):`."
                + " Its documentation says: \u201cTags values.\u201d It is used from"
                + " `src/sessions.py` (2 places). Tests that use it: tests/test_tag.py.\n\n"
                + "Its methods, public ones first:\n");
  }

  @Test
  void aDeclarationWithItsBodyInlineIsShownUpToItsBrace() {
    TypeOverview t =
        new TypeOverview(
            new Location(
                "command.go",
                50,
                230,
                "Command",
                "type",
                "Command struct { // Use is the one-line usage message. Use string",
                "",
                1,
                ""),
            "struct",
            List.of(),
            0,
            List.of(),
            List.of(),
            List.of());
    assertThat(TypeText.of(t).get(0))
        .isEqualTo(
            "`Command` is a struct in command.go:50-230, declared as `Command struct { \u2026 }`.");
  }

  @Test
  void namesWhatTheTypeExtendsAndItsSubclasses() {
    Location type =
        new Location(
            "src/flask/sessions.py",
            100,
            270,
            "SessionInterface",
            "type",
            "class SessionInterface(Base):",
            "The basic interface.",
            1,
            "");
    Location secure =
        new Location(
            "src/flask/sessions.py",
            284,
            385,
            "SecureCookieSessionInterface",
            "type",
            "class SecureCookieSessionInterface(SessionInterface):",
            "",
            1,
            "");
    TypeOverview t =
        new TypeOverview(
            type,
            "class",
            List.of(),
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of("Base"),
            List.of(secure),
            2);
    assertThat(String.join("", TypeText.of(t)))
        .contains(
            "Its supertypes: `Base`. Subclasses: `SecureCookieSessionInterface`"
                + " (src/flask/sessions.py:284-385) and 2 more.");
  }
}
