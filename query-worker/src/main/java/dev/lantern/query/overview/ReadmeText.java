package dev.lantern.query.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's title and its first paragraph of prose. */
final class ReadmeText {
  private static final int MAX_SUMMARY = 400;
  private static final int MIN_WORDS = 6;
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^*#+`'\"])\\1{2,}\\s*$");
  private static final Pattern HTML_HEADING =
      Pattern.compile("(?is)<h([1-3])[^>]*>(.*?)</h\\1\\s*>");
  private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern HTML_TAG = Pattern.compile("(?s)</?[A-Za-z][^>]*>");
  private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern MD_LINK =
      Pattern.compile("\\[([^\\]]*)\\](\\([^)]*\\)|\\[[^\\]]*\\])?");
  private static final Pattern RST_LINK = Pattern.compile("`([^`<]+?)\\s*(<[^>]*>)?`_{1,2}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}[\\p{L}'.-]*");

  /** Headings that open a section rather than name the project. */
  private static final java.util.Set<String> SECTION_TITLES =
      java.util.Set.of(
          "overview", "introduction", "about", "description", "summary", "readme", "intro");

  private ReadmeText() {}

  /**
   * The title (the first Markdown, underlined or HTML heading) and the first paragraph that reads
   * as prose once markup is gone: badges, images, language menus ("English | 简体中文"), directives and
   * lists are passed over.
   */
  static Optional<CodebaseOverview.Readme> opening(String path, String text) {
    String[] lines = text.split("\r?\n", -1);
    String title = "";
    boolean fenced = false;
    int i = 0;
    while (i < lines.length) {
      String line = lines[i].strip();
      if (line.startsWith("```") || line.startsWith("~~~")) {
        fenced = !fenced;
        i++;
        continue;
      }
      if (fenced || line.isEmpty() || UNDERLINE.matcher(line).matches()) {
        i++;
        continue;
      }
      Matcher h = MD_HEADING.matcher(line);
      if (h.matches()) {
        title = title.isEmpty() ? clean(h.group(1)) : title;
        i++;
        continue;
      }
      if (i + 1 < lines.length && UNDERLINE.matcher(lines[i + 1].strip()).matches()) {
        title = title.isEmpty() ? clean(line) : title;
        i += 2;
        continue;
      }
      int start = i;
      List<String> para = new ArrayList<>();
      while (i < lines.length && !lines[i].isBlank()) {
        para.add(lines[i]);
        i++;
      }
      String raw = HTML_COMMENT.matcher(String.join("\n", para)).replaceAll(" ");
      // An HTML heading (<h1>Gson</h1>) names the project like a Markdown one.
      Matcher hh = HTML_HEADING.matcher(raw);
      if (hh.find()) {
        title = title.isEmpty() ? clean(hh.group(2)) : title;
        raw = HTML_HEADING.matcher(raw).replaceAll("\n");
      }
      if (!listOrDirective(line)) {
        String prose = clean(raw.replaceAll("(?m)^\\s*>\\s?", ""));
        if (reads(prose)) {
          String summary = summary(prose);
          int[] range = linesOf(summary, lines, start, i - 1);
          String name =
              SECTION_TITLES.contains(title.toLowerCase(java.util.Locale.ROOT)) ? "" : title;
          return Optional.of(
              new CodebaseOverview.Readme(path, name, summary, range[0] + 1, range[1] + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** Lists, link definitions, tables and reStructuredText directives are not an introduction. */
  private static boolean listOrDirective(String first) {
    return first.startsWith("..")
        || first.startsWith("|")
        || first.startsWith(":")
        || first.startsWith("- ")
        || first.startsWith("* ")
        || first.startsWith("+ ")
        || first.matches("^\\[[^\\]]+\\]:.*")
        || first.matches("^\\d+\\.\\s.*");
  }

  /** Enough words, mostly words, and not a menu of alternatives. */
  private static boolean reads(String prose) {
    String[] tokens = prose.split("\\s+");
    long words = java.util.Arrays.stream(tokens).filter(t -> WORD.matcher(t).lookingAt()).count();
    long bars = prose.chars().filter(c -> c == '|').count();
    return words >= MIN_WORDS && words * 10 >= tokens.length * 6L && bars <= 1;
  }

  /**
   * The lines of {@code from..to} that the summary quotes: from the first line whose text starts
   * it, as many lines as its length takes; the whole paragraph when no line can be matched.
   */
  private static int[] linesOf(String summary, String[] lines, int from, int to) {
    for (int r = from; r <= to; r++) {
      String c = clean(lines[r]);
      if (c.length() >= 3 && summary.startsWith(c.substring(0, Math.min(20, c.length())))) {
        int end = r;
        int covered = c.length();
        while (covered + 1 < summary.length() && end < to) {
          end++;
          covered += clean(lines[end]).length() + 1;
        }
        return new int[] {r, end};
      }
    }
    return new int[] {from, to};
  }

  private static String clean(String s) {
    String out = HTML_COMMENT.matcher(s).replaceAll(" ");
    out = HTML_TAG.matcher(out).replaceAll(" ");
    out = MD_IMAGE.matcher(out).replaceAll(" ");
    out = MD_LINK.matcher(out).replaceAll("$1");
    out = RST_LINK.matcher(out).replaceAll("$1");
    out = out.replace("**", "").replace("``", "`").replace("&nbsp;", " ").replace("&amp;", "&");
    return out.replaceAll("\\s+", " ").strip();
  }

  /** The first two sentences, at most {@value #MAX_SUMMARY} characters. */
  private static String summary(String para) {
    Matcher m = SENTENCE_END.matcher(para);
    int end = para.length();
    int sentences = 0;
    while (m.find()) {
      if (++sentences == 2) {
        end = m.start() + 1;
        break;
      }
    }
    String s = para.substring(0, end).strip();
    if (s.length() > MAX_SUMMARY) {
      int cut = s.lastIndexOf(' ', MAX_SUMMARY);
      s = s.substring(0, cut > 0 ? cut : MAX_SUMMARY) + "…";
    }
    return s;
  }
}
