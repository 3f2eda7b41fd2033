package dev.lantern.query.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for answers: first sentences of doc comments, shortening. */
final class Sentences {
  private Sentences() {}

  /** Javadoc and JSDoc inline tags: {@code x}, {@link A#b}, {@link A#b the label}. */
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s+([^}]*)}");

  /** Sphinx roles: :func:`send_file`, :class:`~flask.Response`, :ref:`the guide <guide>`. */
  private static final Pattern ROLE =
      Pattern.compile(":[\\w:.-]+:`(~?)([^`<]*?)\\s*(?:<[^>`]*>)?`");

  /** RST literals: ``max_age``. */
  private static final Pattern RST_LITERAL = Pattern.compile("``([^`]+)``");

  /** HTML tags that doc comments use; {@code <T>} and {@code List<String>} are code, not HTML. */
  private static final Pattern HTML_INLINE =
      Pattern.compile(
          "(?i)</?(b|i|u|s|em|strong|code|tt|a|span|sup|sub|small|cite|var|kbd|samp)\\b[^>]*>");

  /** Tags that break text: they leave a space, so sentences do not run together. */
  private static final Pattern HTML_BLOCK =
      Pattern.compile(
          "(?i)</?(p|br|ul|ol|li|pre|h[1-6]|table|thead|tbody|tr|td|th|div|blockquote|dl|dt|dd|hr"
              + "|img)\\b[^>]*>");

  /** {@code @param}, {@code @returns}…: where a doc comment's description ends. */
  private static final Pattern BLOCK_TAG = Pattern.compile("\\s@[a-z]+\\b");

  /** The first sentence of a doc comment, without markup, at most {@code max} characters. */
  static String first(String doc, int max) {
    String d = plain(doc);
    if (d.isEmpty() || d.startsWith("@")) {
      return "";
    }
    // A JSDoc or Javadoc block tag ends the description (doc lines are joined by now).
    Matcher tag = BLOCK_TAG.matcher(d);
    if (tag.find()) {
      d = d.substring(0, tag.start()).strip();
    }
    int end = -1;
    for (int i = 0; i < d.length() - 1; i++) {
      if (d.charAt(i) == '.' && Character.isWhitespace(d.charAt(i + 1)) && !abbreviation(d, i)) {
        end = i + 1;
        break;
      }
    }
    String s = end > 0 ? d.substring(0, end) : d;
    return s.length() > max ? s.substring(0, max - 1).strip() + "…" : s;
  }

  /**
   * “text”, followed by a full stop when the text does not end a sentence itself (a doc comment
   * that reads "Handle timeout"), so that the next sentence does not run on from the quote.
   */
  static String quote(String text) {
    boolean ended = !text.isEmpty() && ".!?…:".indexOf(text.charAt(text.length() - 1)) >= 0;
    return "\u201c" + text + "\u201d" + (ended ? "" : ".");
  }

  /**
   * A doc comment as a reader wants it quoted: code names in backticks, tags and roles gone, HTML
   * dropped, whitespace collapsed.
   */
  static String plain(String doc) {
    String d = HTML_BLOCK.matcher(HTML_INLINE.matcher(doc).replaceAll("")).replaceAll(" ");
    d = replace(INLINE_TAG, d, Sentences::inlineTag);
    d = replace(ROLE, d, m -> "`" + (m.group(1).isEmpty() ? m.group(2) : last(m.group(2))) + "`");
    d = RST_LITERAL.matcher(d).replaceAll("`$1`");
    return d.replaceAll("\\s+", " ").strip();
  }

  /** {@code x} and {@link A#b} become `x` and `A#b`; a link's label stays plain text. */
  private static String inlineTag(Matcher m) {
    String kind = m.group(1);
    String body = m.group(2).strip();
    if (kind.equals("code")) {
      return "`" + body + "`";
    }
    if (kind.startsWith("link")) {
      int space = body.indexOf(' ');
      if (space > 0) {
        return body.substring(space + 1).strip();
      }
      return "`" + (body.startsWith("#") ? body.substring(1) : body) + "`";
    }
    return body;
  }

  private static String last(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  private static String replace(Pattern p, String s, Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** An RST underline or overline: a run of one punctuation character. */
  private static final Pattern ADORNMENT = Pattern.compile("([=\\-~^\"'`#*+:.])\\1{2,}\\s*");

  /** A page's YAML front matter, from its opening "---" line to its closing one. */
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A\\s*---[ \\t]*\\n(?:(?!---)[^\\n]*\\n)*?---[ \\t]*(?:\\n|\\z)");

  /** A page's YAML front matter title: "---\ntitle: How to reset state\n---". */
  private static final Pattern FRONT_MATTER_TITLE =
      Pattern.compile("\\A\\s*---[ \\t]*\\n(?:(?!---)[^\\n]*\\n)*?title:[ \\t]*(\\S[^\\n]*)\\n");

  /**
   * The heading a text starts with: a front matter {@code title:}, a Markdown {@code # Title}, or
   * an RST title underlined (and perhaps overlined) with {@code ===}; empty when the text does not
   * start with one.
   */
  static String title(String text) {
    Matcher front = FRONT_MATTER_TITLE.matcher(text);
    if (front.find()) {
      return Sentences.shorten(front.group(1).strip().replaceAll("^[\"']|[\"']$", ""), 100);
    }
    // Front matter without a title is no "---"-adorned heading.
    text = FRONT_MATTER.matcher(text).replaceFirst("");
    if (text.isBlank()) {
      return "";
    }
    String[] lines = text.strip().split("\n", 4);
    int i = lines.length > 1 && ADORNMENT.matcher(lines[0]).matches() ? 1 : 0;
    String first = lines[i].strip();
    if (first.startsWith("#")) {
      return Sentences.shorten(first.replaceFirst("^#+\\s*", ""), 100);
    }
    boolean underlined = i + 1 < lines.length && ADORNMENT.matcher(lines[i + 1]).matches();
    return underlined && !first.isEmpty() && !ADORNMENT.matcher(first).matches()
        ? Sentences.shorten(first, 100)
        : "";
  }

  /**
   * The headings of a Markdown or RST text, in order: {@code # Title} lines outside code fences,
   * and RST titles (a line of words underlined with a run of one punctuation character at least as
   * long as it).
   */
  static List<String> headings(String text) {
    List<String> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("```") || l.startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || l.isEmpty()) {
        continue;
      }
      if (l.matches("#{1,6}\\s+\\S.*")) {
        out.add(shorten(l.replaceFirst("^#+\\s*", ""), 100));
      } else if (i + 1 < lines.length
          && !lines[i].startsWith(" ")
          && !l.startsWith("..")
          && !ADORNMENT.matcher(l).matches()
          && ADORNMENT.matcher(lines[i + 1]).matches()
          && lines[i + 1].strip().length() >= l.length()) {
        out.add(shorten(l, 100));
      }
    }
    return out;
  }

  /** "et al.", "e.g.", "i.e.", "etc." and single letters do not end a sentence. */
  private static boolean abbreviation(String d, int dot) {
    int start = dot;
    while (start > 0 && !Character.isWhitespace(d.charAt(start - 1))) {
      start--;
    }
    String word = d.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() <= 1
        || word.equals("al")
        || word.equals("e.g")
        || word.equals("i.e")
        || word.equals("etc")
        || word.equals("vs")
        || word.equals("cf");
  }

  /** The first {@code max} of {@code items} joined, and how many more ("a, b and 12 more"). */
  static String firstAndMore(java.util.List<String> items, int max) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
  }

  static String shorten(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > max ? t.substring(0, max - 1).strip() + "…" : t;
  }
}
