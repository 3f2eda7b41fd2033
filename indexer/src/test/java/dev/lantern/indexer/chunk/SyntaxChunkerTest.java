package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the tree-sitter chunker beyond what the fixture snapshots pin. */
class SyntaxChunkerTest {
  private final ChunkerRegistry registry = new ChunkerRegistry();

  private List<Chunk> chunks(String path, String text) {
    SourceFile f = SourceFile.of(path, text);
    List<Chunk> out = registry.chunk(f);
    ChunkInvariants.check(f, out);
    return out;
  }

  static Chunk named(List<Chunk> chunks, String qualified) {
    return chunks.stream()
        .filter(c -> c.qualifiedName().equals(qualified))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no chunk named "
                        + qualified
                        + " in "
                        + chunks.stream().map(Chunk::qualifiedName).toList()));
  }

  @Test
  void multiByteTextBeforeADefinitionKeepsLineNumbersAndNames() {
    // 2-, 3- and 4-byte UTF-8 before and inside definitions: rows come from tree-sitter's byte
    // offsets, names from our own bytes, so any char/byte mix-up shifts them.
    String src =
        """
        // Größe, 東京, 🚀🚀🚀 — a comment full of multi-byte characters
        class Ünïcødé {
          /** Berechnet die Größe. 🚀 */
          int größe(String 名前) {
            return 名前.length() + 計算();
          }

          void 東京() { größe("🚀"); }
        }
        """;
    SourceFile file = SourceFile.of("src/Ünïcødé.java", src);
    // Limits small enough that each method is a chunk of its own, however short.
    List<Chunk> c = new SyntaxChunker(Language.JAVA, new SizeCap(4, 1_000), 0).chunk(file);
    ChunkInvariants.check(file, c, new SizeCap(4, 1_000), 0);
    assertThat(chunks(file.path(), src)).extracting(Chunk::qualifiedName).containsExactly("Ünïcødé");
    Chunk groesse = named(c, "Ünïcødé.größe");
    assertThat(groesse.startLine()).isEqualTo(3);
    assertThat(groesse.endLine()).isEqualTo(6);
    assertThat(groesse.signature()).isEqualTo("int größe(String 名前)");
    assertThat(groesse.doc()).isEqualTo("Berechnet die Größe. 🚀");
    assertThat(groesse.references()).containsExactly("length", "計算");
    Chunk tokyo = named(c, "Ünïcødé.東京");
    assertThat(tokyo.startLine()).isEqualTo(8);
    assertThat(tokyo.references()).containsExactly("größe");
    assertThat(named(c, "Ünïcødé").startLine()).as("the comment leads the class").isEqualTo(1);
  }

  @Test
  void fileWithSyntaxErrorsStillChunksAroundWhatParsed() {
    String src =
        """
        package broken;

        public class Half {
          void fine() {
            ok();
          }

          void broken( {
            if (x > ) { return
          }

          int alsoFine() { return 1; }
        """;
    List<Chunk> c = chunks("Half.java", src);
    assertThat(c).extracting(Chunk::symbol).contains("Half");
    SourceFile file = SourceFile.of("Half.java", src);
    List<Chunk> split = new SyntaxChunker(Language.JAVA, new SizeCap(4, 1_000), 0).chunk(file);
    ChunkInvariants.check(file, split, new SizeCap(4, 1_000), 0);
    // Error recovery closes "broken" only at the end of the file, so alsoFine is inside it.
    assertThat(split).extracting(Chunk::symbol).contains("fine", "broken");
    assertThat(chunks("garbage.py", "def (:\n  ))) ]]\n\tclass\n")).isNotEmpty();
  }

  @Test
  void emptyAndBlankFilesYieldNoChunks() {
    for (String path :
        List.of("a.java", "a.kt", "a.py", "a.js", "a.ts", "a.tsx", "a.go", "a.md", "a.txt")) {
      assertThat(chunks(path, "")).as(path).isEmpty();
      assertThat(chunks(path, "\n \n\t\n")).as(path).isEmpty();
    }
  }

  @Test
  void crlfLineEndingsKeepLineNumbersAndLeaveNoCarriageReturnAtChunkEnds() {
    String src =
        "package p\r\n\r\nfunc A() {\r\n\treturn\r\n}\r\n\r\n// B does b.\r\nfunc B() {}\r\n";
    List<Chunk> c = chunks("p.go", src);
    Chunk b = named(c, "B");
    assertThat(b.startLine()).isEqualTo(7);
    assertThat(b.doc()).isEqualTo("B does b.");
    assertThat(b.text()).isEqualTo("// B does b.\r\nfunc B() {}");
  }

  @Test
  void hugeFunctionBecomesWindowsCarryingItsNameAndSignature() {
    StringBuilder src = new StringBuilder("/** Does everything. */\nfunction everything(a, b) {\n");
    for (int i = 0; i < 400; i++) {
      src.append("  step").append(i).append("(a, b);\n");
      if (i % 25 == 24) {
        src.append("\n");
      }
    }
    src.append("}\n");
    List<Chunk> c = chunks("big.js", src.toString());
    assertThat(c).hasSizeGreaterThan(2);
    assertThat(c)
        .allSatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(ChunkKind.FUNCTION);
              assertThat(x.qualifiedName()).isEqualTo("everything");
              assertThat(x.signature()).isEqualTo("function everything(a, b)");
              assertThat(x.lineCount()).isLessThanOrEqualTo(SizeCap.DEFAULT.maxLines());
            });
    assertThat(c.get(0).doc()).isEqualTo("Does everything.");
    assertThat(c.subList(1, c.size())).allSatisfy(x -> assertThat(x.doc()).isEmpty());
    // Windows are cut at the blank lines between groups of 25 calls.
    assertThat(c.get(1).text()).startsWith("  step");
    assertThat(c.get(1).references()).hasSizeLessThanOrEqualTo(References.MAX_PER_CHUNK);
  }

  @Test
  void smallTypeIsOneChunk() {
    String src =
        """
        package p;

        /** Sends files. */
        class Upload {
          void send() {
            post();
          }

          int size() { return 0; }
        }
        """;
    List<Chunk> c = chunks("Upload.java", src);
    assertThat(c).hasSize(1);
    assertThat(c.get(0).qualifiedName()).isEqualTo("Upload");
    assertThat(c.get(0).startLine()).as("the package line joins it").isEqualTo(1);
    assertThat(c.get(0).doc()).isEqualTo("Sends files.");
    assertThat(c.get(0).references()).containsExactly("post");
  }

  @Test
  void largeTypeSplitsIntoHeaderMembersAndRunsOfSmallMembers() {
    StringBuilder src = new StringBuilder("/** Holds state. */\nclass Big {\n  int a;\n  int b;\n\n");
    for (int i = 0; i < 30; i++) {
      src.append("  /** Step ").append(i).append(". */\n  void step").append(i).append("() {\n");
      src.append("    prepare();\n    run(").append(i).append(");\n    finish();\n  }\n\n");
      src.append("  int get").append(i).append("() { return a + ").append(i).append("; }\n\n");
      if (i == 20) {
        src.append("  // Setters\n\n");
      }
    }
    src.append("  int c0;\n  int c1;\n  int c2;\n  int c3;\n}\n");
    List<Chunk> c = chunks("Big.java", src.toString());
    Chunk header = c.get(0);
    assertThat(header.qualifiedName()).isEqualTo("Big");
    assertThat(header.kind()).isEqualTo(ChunkKind.TYPE);
    assertThat(header.doc()).isEqualTo("Holds state.");
    assertThat(header.text()).contains("int a;", "int b;").doesNotContain("step0");
    // Seven-line methods are chunks of their own; one-line getters stay with the type.
    Chunk step7 = named(c, "Big.step7");
    assertThat(step7.text()).startsWith("  /** Step 7. */\n  void step7() {").endsWith("  }");
    assertThat(step7.doc()).isEqualTo("Step 7.");
    assertThat(step7.signature()).isEqualTo("void step7()");
    assertThat(c).extracting(Chunk::symbol).doesNotContain("get7");
    Chunk get7 =
        c.stream().filter(x -> x.text().contains("int get7()")).findFirst().orElseThrow();
    assertThat(get7.qualifiedName()).isEqualTo("Big");
    assertThat(get7.doc()).as("only the header carries the type's doc").isEmpty();
    assertThat(named(c, "Big.step21").text()).doesNotContain("// Setters");
    // Fields after the last member are the type's, not the member's.
    Chunk tail = c.get(c.size() - 1);
    assertThat(tail.qualifiedName()).isEqualTo("Big");
    assertThat(tail.text()).endsWith("  int c3;\n}");
  }

  @Test
  void smallModuleCodeJoinsANeighbourAndLargeModuleCodeStandsAlone() {
    String src =
        """
        import os

        def a():
            return os.getcwd()
        """;
    List<Chunk> c = chunks("m.py", src);
    assertThat(c).hasSize(1);
    assertThat(c.get(0).startLine()).isEqualTo(1);
    assertThat(c.get(0).symbol()).isEqualTo("a");
    assertThat(c.get(0).references()).containsExactly("os", "getcwd");

    String many = "import a\nimport b\nimport c\nimport d\nx = 1\n\ndef f():\n    pass\n";
    List<Chunk> m = chunks("n.py", many);
    assertThat(m).extracting(Chunk::kind).containsExactly(ChunkKind.MODULE, ChunkKind.FUNCTION);
    assertThat(m.get(0).endLine()).isEqualTo(5);
  }

  @Test
  void referencesAreDistinctAndCapped() {
    StringBuilder src = new StringBuilder("func F() {\n");
    for (int i = 0; i < 80; i++) {
      src.append("\tcall").append(i % 70).append("()\n");
    }
    src.append("}\n");
    Chunk f = named(chunks("f.go", "package p\n\n" + src), "F");
    assertThat(f.references()).hasSize(References.MAX_PER_CHUNK).doesNotHaveDuplicates();
    assertThat(f.references().get(0)).isEqualTo("call0");
  }

  @Test
  void definitionsBoundToNamesAreFunctions() {
    String js =
        """
        Foo.prototype.bar = function () { return this.baz(); };
        module.exports.run = async (opts) => { await start(opts); };
        const Memo = React.memo(function Memo(props) { return render(props); });
        const notAFunction = compute();
        """;
    List<Chunk> c = chunks("b.js", js);
    assertThat(named(c, "Foo.bar").symbol()).isEqualTo("bar");
    assertThat(named(c, "run").signature()).isEqualTo("module.exports.run = async (opts) =>");
    assertThat(named(c, "Memo").kind()).isEqualTo(ChunkKind.FUNCTION);
    assertThat(c).extracting(Chunk::symbol).doesNotContain("notAFunction");
    String kt = "fun String.shout(): String = uppercase() + \"!\"\n";
    assertThat(named(chunks("s.kt", kt), "String.shout").symbol()).isEqualTo("shout");
  }

  @Test
  void everyCodeLanguageHasAWorkingGrammar() {
    // A grammar that failed to load would quietly fall back to windows; make that loud here.
    for (Language l : Language.values()) {
      if (l.isCode()) {
        String ext =
            switch (l) {
              case JAVA -> "java";
              case KOTLIN -> "kt";
              case PYTHON -> "py";
              case JAVASCRIPT -> "js";
              case TYPESCRIPT -> "ts";
              case TSX -> "tsx";
              default -> "go";
            };
        String src =
            switch (l) {
              case JAVA -> "class A { void f() {} }\n";
              case KOTLIN -> "fun f() {}\n";
              case PYTHON -> "def f():\n    pass\n";
              case GO -> "package p\n\nfunc f() {}\n";
              default -> "function f() {}\n";
            };
        List<Chunk> c = chunks("x." + ext, src);
        assertThat(c).as(l.id()).isNotEmpty();
        assertThat(c.get(0).kind()).as(l.id()).isNotEqualTo(ChunkKind.WINDOW);
      }
    }
  }
}
