package dev.lantern.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown sections and plain-text windows. */
class TextChunkersTest {
  private final ChunkerRegistry registry = new ChunkerRegistry();

  private List<Chunk> chunks(String path, String text) {
    SourceFile f = SourceFile.of(path, text);
    List<Chunk> out = registry.chunk(f);
    ChunkInvariants.check(f, out);
    return out;
  }

  @Test
  void markdownSectionsIgnoreHeadingsInFencesAndMergeBareHeadings() {
    String md =
        """
        # Title

        ## Install
        run it
        ```
        # not a heading
        ```
        ## Use ##
        ask
        """;
    List<Chunk> c = chunks("README.md", md);
    assertThat(c)
        .extracting(Chunk::qualifiedName)
        .containsExactly("Title > Install", "Title > Use");
    assertThat(c).extracting(Chunk::symbol).containsExactly("Install", "Use");
    assertThat(c.get(0).startLine()).as("the bare title leads into Install").isEqualTo(1);
    assertThat(c.get(0).endLine()).isEqualTo(7);
    assertThat(c.get(1).signature()).isEqualTo("## Use ##");
    assertThat(c).allSatisfy(x -> assertThat(x.kind()).isEqualTo(ChunkKind.SECTION));
  }

  @Test
  void longMarkdownSectionSplitsAtParagraphsOutsideCodeBlocks() {
    StringBuilder md = new StringBuilder("# Reference\n\n");
    for (int p = 0; p < 80; p++) {
      md.append("Paragraph ").append(p).append(" line one.\nLine two.\n\n");
      if (p == 45) {
        md.append("```\ncode\n\nmore code\n```\n\n");
      }
    }
    List<Chunk> c = chunks("ref.md", md.toString());
    assertThat(c).hasSizeGreaterThan(1);
    assertThat(c).allSatisfy(x -> assertThat(x.symbol()).isEqualTo("Reference"));
    assertThat(c)
        .allSatisfy(
            x ->
                assertThat(x.text().lines().filter(l -> l.startsWith("```")).count() % 2).isZero());
  }

  @Test
  void textBeforeTheFirstHeadingIsAnUnnamedSection() {
    List<Chunk> c = chunks("n.md", "intro text\n\n# A\nbody\n");
    assertThat(c).extracting(Chunk::symbol).containsExactly("", "A");
  }

  @Test
  void plainTextWindowsAreAboutFiftyLinesCutAtBlankLines() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append(i % 7 == 6 ? "\n" : "line " + i + "\n");
    }
    List<Chunk> w = chunks("notes.txt", text.toString());
    assertThat(w).allSatisfy(x -> assertThat(x.kind()).isEqualTo(ChunkKind.WINDOW));
    assertThat(w.subList(0, w.size() - 1))
        .allSatisfy(
            x -> {
              assertThat(x.lineCount()).isBetween(LineWindows.TEXT.minLines(), 60);
              // Each window but the last ends where a blank line follows.
              assertThat(
                      Integer.parseInt(
                              x.text().lines().reduce((a, b) -> b).orElseThrow().substring(5))
                          % 7)
                  .isEqualTo(5);
            });
  }

  @Test
  void oneOverlongLineIsItsOwnChunk() {
    String minified = "var a=" + "1+".repeat(20_000) + "1;\nvar b=2;\n";
    List<Chunk> w = chunks("bundle.txt", minified);
    assertThat(w).hasSize(2);
    assertThat(w.get(0).lineCount()).isEqualTo(1);
  }
}
