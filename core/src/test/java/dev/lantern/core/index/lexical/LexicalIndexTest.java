package dev.lantern.core.index.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexicalIndexTest {
  @TempDir Path dir;

  private static Chunk chunk(
      String path, int start, int end, String symbol, String text, List<String> refs) {
    return new Chunk(
        path,
        Language.JAVA,
        start,
        end,
        ChunkKind.FUNCTION,
        symbol,
        "Upload." + symbol,
        "void " + symbol + "()",
        "",
        text,
        refs);
  }

  @Test
  void chunksAndFilesAreSearchableAndReadBack() {
    try (LexicalIndexWriter writer = new LexicalIndexWriter(dir)) {
      writer.addFile(SourceFile.of("src/Upload.java", "class Upload { void retryUpload() {} }"), 1);
      writer.addFile(
          SourceFile.of("src/Login.java", "class Login { void login() { retryUpload(); } }"), 1);
      assertThat(
              writer.addChunk(
                  chunk(
                      "src/Upload.java",
                      1,
                      1,
                      "retryUpload",
                      "void retryUpload() { backoff(); }",
                      List.of("backoff"))))
          .isZero();
      assertThat(
              writer.addChunk(
                  chunk(
                      "src/Login.java",
                      1,
                      3,
                      "login",
                      "void login() { retryUpload(); }",
                      List.of("retryUpload"))))
          .isEqualTo(1);
      writer.commit();
    }
    try (LexicalIndex index = LexicalIndex.open(dir)) {
      assertThat(index.chunkCount()).isEqualTo(2);
      assertThat(index.fileCount()).isEqualTo(2);
      var query =
          new BooleanQuery.Builder()
              .add(
                  new TermQuery(new Term(LexicalFields.SYMBOL, "retry")),
                  BooleanClause.Occur.SHOULD)
              .build();
      assertThat(index.searchChunks(query, 10))
          .extracting(LexicalIndex.Hit::ord)
          .containsExactly(0);
      var files = index.searchFiles(new TermQuery(new Term(LexicalFields.TEXT, "login")), 10);
      assertThat(files).extracting(LexicalIndex.Hit::path).containsExactly("src/Login.java");
      StoredChunk c = index.chunk(1);
      assertThat(c.path()).isEqualTo("src/Login.java");
      assertThat(c.qualifiedName()).isEqualTo("Upload.login");
      assertThat(index.chunksNamed("RETRYUPLOAD", 5)).containsExactly(0);
      assertThat(index.chunksNamed("upload.retryupload", 5)).containsExactly(0);
      assertThat(index.chunksReferencing("retryUpload", 5)).containsExactly(1);
      assertThat(index.fileText("src/Upload.java"))
          .hasValueSatisfying(t -> assertThat(t).contains("retryUpload"));
      assertThat(index.fileText("nope")).isEmpty();
      assertThat(index.paths()).containsExactly("src/Login.java", "src/Upload.java");
      // Chunks only (the file documents also say "login"), with their lines.
      assertThat(index.chunkSpans(new TermQuery(new Term(LexicalFields.TEXT, "login")), 10))
          .containsExactly(new LexicalIndex.Span(1, "src/Login.java", 1, 3));
      // Files only: the chunk that says "login" is not counted again.
      assertThat(index.countFiles(new TermQuery(new Term(LexicalFields.TEXT, "login"))))
          .isEqualTo(1);
      assertThat(index.chunksPerFile())
          .isEqualTo(java.util.Map.of("src/Upload.java", 1, "src/Login.java", 1));
    }
  }

  @Test
  void chunksOfAFileComeInLineOrder() {
    try (LexicalIndexWriter writer = new LexicalIndexWriter(dir)) {
      writer.addFile(SourceFile.of("src/Upload.java", "class Upload {}"), 1);
      writer.addFile(SourceFile.of("src/Other.java", "class Other {}"), 1);
      // Written out of order, and with a chunk of another file between them.
      writer.addChunk(chunk("src/Upload.java", 10, 20, "cancel", "void cancel() {}", List.of()));
      writer.addChunk(chunk("src/Other.java", 1, 5, "other", "void other() {}", List.of()));
      writer.addChunk(chunk("src/Upload.java", 2, 8, "start", "void start() {}", List.of()));
      writer.commit();
    }
    try (LexicalIndex index = LexicalIndex.open(dir)) {
      assertThat(index.chunksOf("src/Upload.java"))
          .extracting(StoredChunk::symbol)
          .containsExactly("start", "cancel");
      assertThat(index.chunksOf("src/Upload")).isEmpty();
      assertThat(index.chunksOf("nope.java")).isEmpty();
    }
  }
}
