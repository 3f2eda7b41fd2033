package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredMemberTest {
  private static StoredChunk type(String path, int start, String name, String text) {
    return new StoredChunk(
        0,
        path,
        "",
        "TYPE",
        start,
        start + (int) text.lines().count() - 1,
        name,
        name,
        "",
        "",
        text);
  }

  private final StoredChunk call =
      type(
          "retrofit/src/main/java/retrofit2/Call.java",
          35,
          "Call",
          """
          public interface Call<T> extends Cloneable {
            /** Synchronously send the request and return its response. */
            Response<T> execute() throws IOException;

            /**
             * Asynchronously send the request and notify {@code callback} of its response.
             */
            @SuppressWarnings("unused")
            void enqueue(Callback<T> callback);

            /** Create a new, identical call to this one. */
            Call<T> clone();
          }""");

  @Test
  void anInterfaceMethodIsCitedAtItsDeclarationWithItsJavadoc() {
    Location l = DeclaredMember.asked(List.of("Call.enqueue"), call, 0.5);
    assertThat(l.citation()).isEqualTo("retrofit/src/main/java/retrofit2/Call.java:39-43");
    assertThat(l.symbol()).isEqualTo("Call.enqueue");
    assertThat(l.kind()).isEqualTo("function");
    assertThat(l.signature()).isEqualTo("void enqueue(Callback<T> callback)");
    assertThat(l.doc())
        .isEqualTo("Asynchronously send the request and notify {@code callback} of its response.");
    assertThat(l.score()).isEqualTo(0.5);
    assertThat(DeclaredMember.asked(List.of("Call.execute"), call, 0).startLine()).isEqualTo(36);
  }

  @Test
  void onlyTheQuestionsOneDottedNameOfThisTypeThatItDeclares() {
    assertThat(DeclaredMember.asked(List.of("Call.cancel"), call, 0)).isNull();
    assertThat(DeclaredMember.asked(List.of("Callback.enqueue"), call, 0)).isNull();
    assertThat(DeclaredMember.asked(List.of("enqueue"), call, 0)).isNull();
    assertThat(DeclaredMember.asked(List.of("Call.enqueue", "Call.clone"), call, 0)).isNull();
  }

  @Test
  void aPythonMethodWithItsDocstring() {
    StoredChunk session =
        type(
            "src/app/session.py",
            10,
            "Session",
            """
            class Session:
                def close(self):
                    \"\"\"Close the session and its adapters.\"\"\"
                    for a in self.adapters:
                        a.close()

                def mount(self, prefix, adapter):
                    \"\"\"Registers a connection adapter to a prefix.

                    Adapters are sorted in descending order by prefix length.
                    \"\"\"
                    self.adapters[prefix] = adapter
            """);
    Location close = DeclaredMember.asked(List.of("Session.close"), session, 0);
    assertThat(close.citation()).isEqualTo("src/app/session.py:11-14");
    assertThat(close.doc()).isEqualTo("Close the session and its adapters.");
    Location mount = DeclaredMember.asked(List.of("Session.mount"), session, 0);
    assertThat(mount.startLine()).isEqualTo(16);
    assertThat(mount.doc())
        .startsWith("Registers a connection adapter to a prefix.")
        .endsWith("descending order by prefix length.");
  }

  @Test
  void callsAndExpressionsAreNoDeclarations() {
    assertThat(DeclaredMember.declares("  void enqueue(Callback<T> callback);", "enqueue"))
        .isTrue();
    assertThat(DeclaredMember.declares("    delegate.enqueue(callback);", "enqueue")).isFalse();
    assertThat(DeclaredMember.declares("    enqueue(callback);", "enqueue")).isFalse();
    assertThat(DeclaredMember.declares("    return enqueue(callback);", "enqueue")).isFalse();
    assertThat(DeclaredMember.declares("    throw new enqueue(x);", "enqueue")).isFalse();
    assertThat(DeclaredMember.declares("    Foo f = enqueue(x);", "enqueue")).isFalse();
  }
}
