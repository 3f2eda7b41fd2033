package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands and code a guide shows, each with the sentence that introduces it: "how do I run the
 * app?" answered by a README section is answered by its {@code ./mvnw spring-boot:run}, not by the
 * section's name alone. Markdown fenced blocks; reStructuredText {@code .. code-block::} directives
 * and literal blocks after a paragraph ending in {@code ::}.
 */
final class DocExamples {
  /** Blocks quoted; a guide's first few are its main steps. */
  static final int MAX_BLOCKS = 3;

  /** Lines quoted of one block; the rest are cut with a note. */
  static final int MAX_LINES = 12;

  /** An example: the sentence before it (may be empty), its language, its lines. */
  record Example(String intro, String language, List<String> lines, int more) {}

  /**
   * A fence and its language; MyST writes a code block as a directive ({@code ```{code-block}
   * python}), and other directives ({@code ```{note}}, {@code ```{eval-rst}}) hold prose.
   */
  private static final Pattern FENCE =
      Pattern.compile("^\\s*(```+|~~~+)\\s*(\\{[\\w-]+\\})?\\s*([\\w+-]*)");

  private static final Pattern CODE_DIRECTIVE =
      Pattern.compile("\\{(?:code-block|code|sourcecode)\\}");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*\\.\\.\\s+(?:code-block|code|sourcecode)::\\s*([\\w+-]*)\\s*$");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern RST_ROLE = Pattern.compile(":\\w+:`([^`<]*?)\\s*(?:<[^>]*>)?`");

  private DocExamples() {}

  /** The examples of a Markdown or reStructuredText place's text, first {@link #MAX_BLOCKS}. */
  static List<Example> of(String path, String text) {
    String[] lines = text.split("\n", -1);
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    boolean rst = lower.endsWith(".rst");
    if (!rst && !lower.matches(".*\\.(md|markdown|mdx)$")) {
      return List.of();
    }
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.length && out.size() < MAX_BLOCKS; i++) {
      Matcher fence = FENCE.matcher(lines[i]);
      if (!rst && fence.lookingAt()) {
        String close = fence.group(1);
        List<String> body = new ArrayList<>();
        int j = i + 1;
        while (j < lines.length && !lines[j].strip().startsWith(close)) {
          body.add(lines[j]);
          j++;
        }
        String directive = fence.group(2);
        if (directive == null || CODE_DIRECTIVE.matcher(directive).matches()) {
          // A MyST code block's options (":caption: hello.py") and a blank line come first; a
          // caption names the example better than the list item above it.
          String caption = "";
          while (directive != null
              && !body.isEmpty()
              && (body.get(0).isBlank() || body.get(0).strip().matches(":[\\w-]+:.*"))) {
            String option = body.remove(0).strip();
            if (option.startsWith(":caption:")) {
              caption = option.substring(":caption:".length()).strip();
            }
          }
          String intro = caption.isEmpty() ? intro(lines, i, false) : caption + ":";
          add(out, intro, fence.group(3), dedent(body));
        }
        i = j;
        continue;
      }
      if (!rst) {
        continue;
      }
      Matcher directive = DIRECTIVE.matcher(lines[i]);
      // "For example::" opens a literal block; ".. note::" is a directive of prose.
      boolean literal =
          !directive.matches()
              && lines[i].strip().endsWith("::")
              && !lines[i].strip().startsWith("..");
      if (directive.matches() || literal) {
        int indent = indent(lines[i]);
        int j = i + 1;
        // Directive options (":linenos:") and blank lines come before the body.
        while (j < lines.length
            && (lines[j].isBlank() || (directive.matches() && lines[j].strip().startsWith(":")))) {
          j++;
        }
        List<String> body = new ArrayList<>();
        while (j < lines.length && (lines[j].isBlank() || indent(lines[j]) > indent)) {
          body.add(lines[j]);
          j++;
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
          body.remove(body.size() - 1);
        }
        String intro =
            literal ? prose(lines[i].strip().replaceAll("::$", ":")) : intro(lines, i, true);
        if (literal && intro.equals(":")) {
          intro = intro(lines, i, true);
        }
        add(out, intro, directive.matches() ? directive.group(1) : "", dedent(body));
        i = j - 1;
      }
    }
    return out;
  }

  /** Lines above a window looked through for the sentence and start of its first example. */
  static final int LEAD_IN = 12;

  private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^\"'`#*+_.:])\\1{2,}\\s*$");

  /**
   * The lines to read a place's examples from: a window of a long page often starts inside an
   * example, right after the sentence that introduces it (requests' quickstart window 310-360
   * starts in its first upload example, below "Requests makes it simple to upload Multipart-encoded
   * files::"), so up to {@link #LEAD_IN} lines above it are read too, from the last heading among
   * them on.
   */
  static Location reach(Location place, PlaceText text) {
    if (!"window".equals(place.kind()) || place.startLine() <= 1) {
      return place;
    }
    int from = Math.max(1, place.startLine() - LEAD_IN);
    Location above =
        new Location(place.path(), from, place.startLine() - 1, "", "window", "", "", 0, "");
    String[] lines = text.of(above).split("\n", -1);
    int start = from;
    for (int i = 0; i < lines.length; i++) {
      if (UNDERLINE.matcher(lines[i]).matches() || lines[i].startsWith("#")) {
        start = from + i + 1;
      }
    }
    return new Location(
        place.path(), start, place.endLine(), "", "window", "", "", 0, place.snippet());
  }

  /**
   * The examples as a paragraph: "It shows:", then each one's sentence and its lines in a fenced
   * block. Empty when there are none.
   */
  static String paragraph(List<Example> examples) {
    if (examples.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n\nIt shows:\n");
    for (Example e : examples) {
      sb.append('\n');
      if (!e.intro().isEmpty()) {
        sb.append(e.intro()).append('\n');
      }
      sb.append("```").append(e.language()).append('\n');
      for (String l : e.lines()) {
        sb.append(l).append('\n');
      }
      if (e.more() > 0) {
        sb.append("… (")
            .append(e.more())
            .append(e.more() == 1 ? " more line)\n" : " more lines)\n");
      }
      sb.append("```\n");
    }
    return sb.toString().stripTrailing();
  }

  private static void add(List<Example> out, String intro, String language, List<String> body) {
    if (body.stream().allMatch(String::isBlank)) {
      return;
    }
    int more = Math.max(0, body.size() - MAX_LINES);
    out.add(
        new Example(
            intro, language, List.copyOf(body.subList(0, Math.min(MAX_LINES, body.size()))), more));
  }

  /**
   * The sentence just above line {@code at}: the paragraph before it, when that is prose and not a
   * heading, and its last sentence when it runs long ("Run it in debug mode." rather than only
   * "debug mode.", the last line of a wrapped paragraph); empty otherwise.
   */
  private static String intro(String[] lines, int at, boolean rst) {
    int i = at - 1;
    while (i >= 0 && lines[i].isBlank()) {
      i--;
    }
    if (i < 0) {
      return "";
    }
    String l = lines[i].strip();
    boolean heading =
        l.startsWith("#")
            || (rst && l.matches("^([=\\-~^\"'`#*+_.:])\\1{2,}$"))
            || (rst && i + 1 < lines.length && lines[i + 1].strip().matches("^([=\\-~^])\\1{2,}$"));
    if (heading
        || l.startsWith("```")
        || l.startsWith("..")
        || l.startsWith("<")
        || l.startsWith("|")
        || l.length() > 240) {
      return "";
    }
    // The paragraph's other lines, up to a blank line, a heading or a block.
    StringBuilder paragraph = new StringBuilder(l);
    for (int j = i - 1; j >= 0 && i - j < 6; j--) {
      String up = lines[j].strip();
      if (up.isEmpty()
          || up.startsWith("#")
          || up.startsWith("```")
          || up.startsWith("..")
          || up.matches("^([=\\-~^\"'`#*+_.:])\\1{2,}$")
          || indent(lines[j]) > indent(lines[i])) {
        break;
      }
      paragraph.insert(0, up + " ");
    }
    String text = paragraph.toString();
    if (text.length() > 240) {
      int cut = Math.max(text.lastIndexOf(". ", text.length() - 2), text.lastIndexOf("? "));
      text = cut > 0 ? text.substring(cut + 2) : l;
    }
    return prose(text);
  }

  /** Prose as read: links and reStructuredText roles as their text, literals as Markdown code. */
  private static String prose(String line) {
    String t = LINK.matcher(line).replaceAll("$1");
    // reStructuredText writes code as ``x``; Markdown as `x`.
    return RST_ROLE.matcher(t).replaceAll("`$1`").replace("``", "`").strip();
  }

  private static List<String> dedent(List<String> body) {
    int min = Integer.MAX_VALUE;
    for (String l : body) {
      if (!l.isBlank()) {
        min = Math.min(min, indent(l));
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : body) {
      out.add(l.isBlank() ? "" : l.substring(Math.min(min, l.length())).stripTrailing());
    }
    return out;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }
}
