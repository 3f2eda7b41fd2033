package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassBasesTest {
  @Test
  void basesAreReadFromEachLanguagesDeclaration() {
    assertThat(ClassBases.of("class ReadTimeout(Timeout):\n    pass\n")).containsExactly("Timeout");
    assertThat(ClassBases.of("@final\nclass SSLError(ConnectionError, exc.Base):  # tls\n"))
        .containsExactly("ConnectionError", "Base");
    assertThat(ClassBases.of("class Meta(type, metaclass=ABCMeta):\n")).containsExactly("type");
    assertThat(ClassBases.of("class Headers(t.Mapping[str, t.Any], Generic[T]):\n"))
        .containsExactly("Mapping", "Generic");
    assertThat(
            ClassBases.of(
                "public final class MalformedJsonException extends java.io.IOException {"))
        .containsExactly("IOException");
    assertThat(
            ClassBases.of(
                "final class TreeTypeAdapter<T> extends SerializationDelegatingTypeAdapter<T>\n"
                    + "    implements TypeAdapterFactory, Map<String, List<T>> {\n  int x;\n}"))
        .containsExactly("SerializationDelegatingTypeAdapter", "TypeAdapterFactory", "Map");
    assertThat(ClassBases.of("public interface JsonSerializer<T> extends Serializer {"))
        .containsExactly("Serializer");
    assertThat(ClassBases.of("export class HTTPError<T = unknown> extends Error {"))
        .containsExactly("Error");
    assertThat(
            ClassBases.of(
                "class JsonDataException(message: String?) : RuntimeException(message), Marker {"))
        .containsExactly("RuntimeException", "Marker");
    assertThat(ClassBases.of("public enum FieldNamingPolicy implements FieldNamingStrategy {"))
        .containsExactly("FieldNamingStrategy");
    assertThat(ClassBases.of("class Session:\n    pass\n")).isEmpty();
    // A class shown in the docstring is not the one declared.
    assertThat(
            ClassBases.of(
                "class SessionInterface:\n    \"\"\"Implement it::\n\n"
                    + "        class Session(dict, SessionMixin):\n            pass\n\"\"\"\n"))
        .isEmpty();
    assertThat(
            ClassBases.of(
                "class Flask(App):\n    \"\"\"Like::\n\n        class Other(Base):\n\"\"\"\n"))
        .containsExactly("App");
    assertThat(ClassBases.of("public final class Gson {\n  Gson(Excluder e) {}\n}")).isEmpty();
    assertThat(ClassBases.of("def send(self):\n    pass\n")).isEmpty();
  }

  @Test
  void aClassDescendsThroughTheCodebasesOwnClasses(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      String path = "src/flask/sessions.py";
      code.add(
          path,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "SessionInterface",
          "class SessionInterface:\n    pass\n");
      code.blank(path);
      code.add(
          path,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "SecureCookieSessionInterface",
          "class SecureCookieSessionInterface(SessionInterface):\n    pass\n");
      code.blank(path);
      code.add(
          path,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "SignedSessions",
          "class SignedSessions(SecureCookieSessionInterface):\n    pass\n");
      var lexical = code.index().lexical();
      assertThat(ClassBases.descendsFrom("SignedSessions", "SessionInterface", lexical)).isTrue();
      assertThat(
              ClassBases.descendsFrom("SecureCookieSessionInterface", "SessionInterface", lexical))
          .isTrue();
      assertThat(ClassBases.descendsFrom("SessionInterface", "SignedSessions", lexical)).isFalse();
      assertThat(ClassBases.descendsFrom("Unknown", "SessionInterface", lexical)).isFalse();
    }
  }
}
