package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeOverviewTest {
  @TempDir Path root;

  private static final String SERIALIZER =
      """
      class Serializer(Base):
          \"""Tags values so they round-trip.\"""

          def __init__(self) -> None:
              self.tags = {}

          def register(
              self,
              tag,
              force=False,
          ) -> None:
              \"""Register a new tag.\"""
              self.tags[tag.key] = tag

          def _scan(self, value):
              return value
      """;

  private static Chunk chunk(
      String path,
      ChunkKind kind,
      int start,
      int end,
      String qualified,
      String text,
      List<String> refs) {
    String symbol = qualified.substring(qualified.lastIndexOf('.') + 1);
    return new Chunk(
        path,
        Language.fromPath(path),
        start,
        end,
        kind,
        symbol,
        qualified,
        kind == ChunkKind.TYPE ? text.lines().findFirst().orElse("") : "",
        "",
        text,
        refs);
  }

  @Test
  void aClassNamesWhatItExtendsAndItsSubclassesInTheProductsCode() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("src/tag.py", "\n".repeat(9) + SERIALIZER);
    files.put("src/json_tag.py", "x\n".repeat(20));
    files.put("tests/test_tag.py", "x\n".repeat(20));
    int lines = (int) SERIALIZER.lines().count();
    List<Chunk> chunks = new ArrayList<>();
    chunks.add(
        chunk("src/tag.py", ChunkKind.TYPE, 10, 9 + lines, "Serializer", SERIALIZER, List.of()));
    chunks.add(
        chunk(
            "src/json_tag.py",
            ChunkKind.TYPE,
            1,
            3,
            "JSONSerializer",
            "class JSONSerializer(Serializer):\n    pass\n",
            List.of()));
    chunks.add(
        chunk(
            "src/json_tag.py",
            ChunkKind.TYPE,
            5,
            7,
            "CompactSerializer",
            "class CompactSerializer(JSONSerializer):\n    pass\n",
            List.of()));
    chunks.add(
        chunk(
            "tests/test_tag.py",
            ChunkKind.TYPE,
            1,
            3,
            "FakeSerializer",
            "class FakeSerializer(Serializer):\n    pass\n",
            List.of()));
    try (OpenIndex index = TestIndexes.lexical(root, files, chunks)) {
      StoredChunk head = TypeOverview.resolve(index.lexical(), "Serializer").get(0);
      TypeOverview t = TypeOverview.of(index.lexical(), head, List.of());
      assertThat(t.bases()).containsExactly("Base");
      // Its subclass and theirs, nearest first; a test's subclass is a fixture.
      assertThat(t.subclasses())
          .extracting(Location::symbol, Location::citation)
          .containsExactly(
              Tuple.tuple("JSONSerializer", "src/json_tag.py:1-3"),
              Tuple.tuple("CompactSerializer", "src/json_tag.py:5-7"));
      assertThat(t.moreSubclasses()).isZero();
    }
  }

  @Test
  void aClassIndexedWholeHasItsMethodsReadFromItsText() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("src/tag.py", "\n".repeat(9) + SERIALIZER);
    files.put("src/sessions.py", "x\n".repeat(20));
    files.put("tests/test_tag.py", "x\n".repeat(20));
    files.put("examples/tag.py", "x\n".repeat(20));
    files.put("src/plain.py", "x\n".repeat(20));
    int lines = (int) SERIALIZER.lines().count();
    List<Chunk> chunks = new ArrayList<>();
    chunks.add(
        chunk("src/tag.py", ChunkKind.TYPE, 10, 9 + lines, "Serializer", SERIALIZER, List.of()));
    chunks.add(
        chunk(
            "examples/tag.py", ChunkKind.TYPE, 1, 5, "Serializer", "class Serializer:", List.of()));
    // The index matches references ignoring case: calling a function serializer() is no use of
    // the class Serializer.
    chunks.add(
        chunk(
            "src/plain.py",
            ChunkKind.FUNCTION,
            1,
            3,
            "dump",
            "def dump(x):\n    return serializer(x)",
            List.of("serializer")));
    chunks.add(
        chunk(
            "src/sessions.py",
            ChunkKind.FUNCTION,
            1,
            5,
            "save",
            "Serializer()",
            List.of("Serializer")));
    chunks.add(
        chunk(
            "src/sessions.py",
            ChunkKind.FUNCTION,
            6,
            9,
            "load",
            "Serializer()",
            List.of("Serializer")));
    chunks.add(
        chunk(
            "tests/test_tag.py",
            ChunkKind.FUNCTION,
            1,
            5,
            "test_it",
            "Serializer()",
            List.of("Serializer")));
    chunks.add(
        chunk(
            "src/sessions.py",
            ChunkKind.FUNCTION,
            10,
            12,
            "serializer",
            "def serializer(): pass",
            List.of()));
    try (OpenIndex index = TestIndexes.lexical(root, files, chunks)) {
      List<StoredChunk> found = TypeOverview.resolve(index.lexical(), "Serializer");
      // The code before the example; a function named "serializer" is no type.
      assertThat(found)
          .extracting(StoredChunk::path)
          .containsExactly("src/tag.py", "examples/tag.py");
      TypeOverview t = TypeOverview.of(index.lexical(), found.get(0), found.subList(1, 2));
      assertThat(t.kind()).isEqualTo("class");
      assertThat(t.article()).isEqualTo("a");
      assertThat(t.type().citation()).isEqualTo("src/tag.py:10-25");
      assertThat(t.members())
          .extracting(Location::symbol, Location::citation, Location::doc)
          .containsExactly(
              Tuple.tuple("Serializer.__init__", "src/tag.py:13-14", ""),
              Tuple.tuple("Serializer.register", "src/tag.py:16-22", "Register a new tag."),
              Tuple.tuple("Serializer._scan", "src/tag.py:24-25", ""));
      // A function "serializer" is another name; the example's own Serializer does not make the
      // references ambiguous.
      assertThat(t.users()).containsExactly(new FileOverview.Use("src/sessions.py", 2));
      assertThat(t.tests()).containsExactly("tests/test_tag.py");
      assertThat(t.others()).containsExactly("examples/tag.py");
    }
  }

  @Test
  void aJavaClassIndexedWholeHasItsMethodsWithTheirJavadoc() {
    String text =
        """
        /** Reads tokens. */
        public final class Reader {
          private int pos;

          /**
           * Returns the next token.
           * Skips whitespace.
           *
           * @return the token
           */
          @Override
          public Token next() {
            return token(pos++);
          }

          int peek() { return pos; }
        }
        """;
    StoredChunk head =
        new StoredChunk(
            0,
            "src/Reader.java",
            "java",
            "TYPE",
            1,
            (int) text.lines().count(),
            "Reader",
            "Reader",
            "public final class Reader",
            "Reads tokens.",
            text);
    assertThat(TypeOverview.membersFromText(head, "Reader"))
        .extracting(Location::symbol, Location::citation, Location::doc)
        .containsExactly(
            Tuple.tuple(
                "Reader.next",
                "src/Reader.java:12-14",
                "Returns the next token. Skips whitespace."),
            Tuple.tuple("Reader.peek", "src/Reader.java:16", ""));
  }

  @Test
  void aGoTypeSpansItsDeclarationNotItsMethodsFarBelow() {
    String server = "type Server struct {\n\tAddr string\n}\n";
    String run = "func (s *Server) Run() error {\n\treturn nil\n}\n";
    Map<String, String> files = new LinkedHashMap<>();
    files.put("server.go", "\n".repeat(9) + server + "\n".repeat(86) + run);
    List<Chunk> chunks =
        List.of(
            chunk("server.go", ChunkKind.TYPE, 10, 12, "Server", server, List.of()),
            // A long struct is cut into pieces of the same name.
            chunk("server.go", ChunkKind.TYPE, 13, 40, "Server", "\tPort int\n}", List.of()),
            chunk("server.go", ChunkKind.FUNCTION, 99, 101, "Server.Run", run, List.of()));
    try (OpenIndex index = TestIndexes.lexical(root, files, chunks)) {
      StoredChunk head = TypeOverview.resolve(index.lexical(), "Server").get(0);
      TypeOverview t = TypeOverview.of(index.lexical(), head, List.of());
      assertThat(t.type().citation()).isEqualTo("server.go:10-40");
      assertThat(t.members()).extracting(Location::symbol).containsExactly("Server.Run");
    }
  }

  @Test
  void aCompoundNameTypedInLowerCaseIsFoundButAPlainWordIsNotAType() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("src/GsonBuilder.java", "public final class GsonBuilder {\n}\n");
    files.put("src/sessions.py", "class Session:\n    pass\n");
    List<Chunk> chunks =
        List.of(
            chunk(
                "src/GsonBuilder.java",
                ChunkKind.TYPE,
                1,
                2,
                "GsonBuilder",
                "public final class GsonBuilder {\n}",
                List.of()),
            chunk(
                "src/sessions.py",
                ChunkKind.TYPE,
                1,
                2,
                "Session",
                "class Session:\n    pass",
                List.of()));
    try (OpenIndex index = TestIndexes.lexical(root, files, chunks)) {
      assertThat(TypeOverview.resolve(index.lexical(), "gsonbuilder"))
          .extracting(StoredChunk::symbol)
          .containsExactly("GsonBuilder");
      // "what is a session?" is a topic to search for, not the class Session.
      assertThat(TypeOverview.resolve(index.lexical(), "session")).isEmpty();
      assertThat(TypeOverview.resolve(index.lexical(), "Session")).hasSize(1);
      assertThat(TypeOverview.resolve(index.lexical(), "gsonBuilder")).isEmpty();
    }
  }

  @Test
  void theKindComesFromTheDeclaration() {
    assertThat(TypeOverview.kind("public interface Handler<T> extends Base"))
        .isEqualTo("interface");
    assertThat(TypeOverview.kind("public enum Color")).isEqualTo("enum");
    assertThat(TypeOverview.kind("class Blueprint(Base):")).isEqualTo("class");
    assertThat(TypeOverview.kind("type Server struct {")).isEqualTo("struct");
    assertThat(TypeOverview.kind("Matrix = namedtuple(...)")).isEqualTo("type");
  }

  @Test
  void aTypeIsUsedWhereItIsDeclaredNotWhereACommentOrStringNamesIt() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : List.of("Strategy", "Builder", "Gson", "Other", "Caller")) {
      files.put("src/" + f + ".java", "x\n".repeat(10));
    }
    List<Chunk> chunks = new ArrayList<>();
    chunks.add(
        chunk(
            "src/Strategy.java",
            ChunkKind.TYPE,
            1,
            3,
            "Strategy",
            "public interface Strategy {\n  String name(Field f);\n}",
            List.of()));
    chunks.add(
        chunk(
            "src/Builder.java",
            ChunkKind.FUNCTION,
            1,
            4,
            "Builder.setStrategy",
            "  Builder setStrategy(Strategy s) {\n    this.s = s;\n    return this;\n  }",
            List.of()));
    chunks.add(
        chunk(
            "src/Gson.java",
            ChunkKind.TYPE,
            1,
            3,
            "Gson",
            "final class Gson {\n  private final Strategy strategy;\n}",
            List.of()));
    chunks.add(
        chunk(
            "src/Other.java",
            ChunkKind.FUNCTION,
            1,
            3,
            "Other.run",
            "  // a Strategy is not used here\n  void run() {\n    log(\"Strategy\");\n  }",
            List.of("log")));
    chunks.add(
        chunk(
            "src/Caller.java",
            ChunkKind.FUNCTION,
            1,
            2,
            "Caller.make",
            "  Object make() {\n    return new Strategy() {};\n  }",
            List.of("Strategy")));
    try (OpenIndex index = TestIndexes.lexical(root, files, chunks)) {
      List<StoredChunk> found = TypeOverview.resolve(index.lexical(), "Strategy");
      TypeOverview t = TypeOverview.of(index.lexical(), found.get(0), List.of());
      assertThat(t.users())
          .containsExactly(
              new FileOverview.Use("src/Builder.java", 1),
              new FileOverview.Use("src/Caller.java", 1),
              new FileOverview.Use("src/Gson.java", 1));
    }
  }
}
