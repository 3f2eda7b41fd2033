package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * One chunk per Markdown section: a heading (ATX {@code ## Title} or setext, underlined) and the
 * text up to the next heading. The symbol is the heading's text, the qualified name its path
 * ({@code Guide > Install > Linux}), the signature the heading line. A heading with no text of its
 * own joins the section after it; a section beyond the {@link SizeCap} is cut into windows at
 * paragraph breaks, never inside a fenced code block when another cut exists. Text before the first
 * heading is a section without a name.
 */
public final class MarkdownChunker implements Chunker {
  private static final LineWindows SECTION_WINDOWS = new LineWindows(80, 30, SizeCap.DEFAULT);

  @Override
  public List<Chunk> chunk(SourceFile file) {
    Lines lines = new Lines(file.text());
    List<MarkdownHeadings.Section> sections = MarkdownHeadings.sections(lines);
    boolean[] fenced = MarkdownHeadings.fencedRows(lines);
    List<Chunk> out = new ArrayList<>();
    for (MarkdownHeadings.Section s : sections) {
      int end = s.end();
      while (end > s.start() && lines.blank(end)) {
        end--;
      }
      if (lines.blank(s.start(), end)) {
        continue;
      }
      for (int[] w : SECTION_WINDOWS.split(lines, s.start(), end, row -> !fenced[row])) {
        out.add(
            new Chunk(
                file.path(),
                file.language(),
                w[0] + 1,
                w[1] + 1,
                ChunkKind.SECTION,
                cap(s.title()),
                cap(s.path()),
                cap(s.headingLine()),
                "",
                lines.text(w[0], w[1]),
                List.of()));
      }
    }
    return out;
  }

  /** Headings full of badges and links run long; like signatures they are one capped line. */
  private static String cap(String s) {
    int max = Declarations.MAX_SIGNATURE;
    return s.length() > max ? s.substring(0, max).strip() + "…" : s;
  }
}
