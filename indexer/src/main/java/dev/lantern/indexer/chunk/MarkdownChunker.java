package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * One chunk per Markdown section (a heading and the text up to the next heading), named by the
 * heading path ("Install > Linux"); long sections become windows with the same name. Headings
 * inside fenced code blocks are ignored.
 */
public final class MarkdownChunker implements Chunker {
  private static final int MAX_SECTION = 80;

  @Override
  public List<Chunk> chunk(SourceFile file) {
    Lines lines = new Lines(file.text());
    List<int[]> sections = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String[] path = new String[7];
    boolean fenced = false;
    int start = 0;
    String name = "";
    for (int r = 0; r < lines.count(); r++) {
      String l = lines.line(r);
      if (l.stripLeading().startsWith("```") || l.stripLeading().startsWith("~~~")) {
        fenced = !fenced;
      }
      int level = fenced ? 0 : headingLevel(l);
      if (level > 0) {
        if (r > start) {
          sections.add(new int[] {start, r - 1});
          names.add(name);
        }
        path[level] = headingText(l.substring(level));
        for (int i = level + 1; i < path.length; i++) {
          path[i] = null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= level; i++) {
          if (path[i] != null) {
            sb.append(sb.length() > 0 ? " > " : "").append(path[i]);
          }
        }
        name = sb.toString();
        start = r;
      }
    }
    if (start < lines.count()) {
      sections.add(new int[] {start, lines.count() - 1});
      names.add(name);
    }
    List<Chunk> out = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      int[] s = sections.get(i);
      String heading = names.get(i);
      String symbol =
          heading.contains(" > ") ? heading.substring(heading.lastIndexOf(" > ") + 3) : heading;
      for (int[] w :
          LineWindowChunker.windows(lines, s[0], s[1], MAX_SECTION / 2, 20, MAX_SECTION)) {
        out.add(
            new Chunk(
                file.path(),
                file.language(),
                w[0] + 1,
                w[1] + 1,
                ChunkKind.SECTION,
                symbol,
                heading,
                "",
                "",
                lines.text(w[0], w[1]),
                List.of()));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern IMAGE =
      java.util.regex.Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final java.util.regex.Pattern LINK =
      java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]+>");

  /**
   * A heading as a reader sees it: images and badges dropped, links as their text, HTML tags and a
   * closing run of {@code #} gone. spring-petclinic's title carried two build badges, and every
   * section under it was named by their URLs. The raw text when nothing would be left.
   */
  static String headingText(String raw) {
    String t = IMAGE.matcher(raw).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    t = TAG.matcher(t).replaceAll("");
    t = t.replaceAll("\\s+#+\\s*$", "").replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? raw.strip() : t;
  }

  static int headingLevel(String line) {
    int n = 0;
    while (n < line.length() && n < 7 && line.charAt(n) == '#') {
      n++;
    }
    return n >= 1 && n <= 6 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
  }
}
