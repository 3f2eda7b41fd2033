package dev.lantern.query.answer;

import dev.lantern.core.index.lexical.CodeAnalyzer;
import dev.lantern.core.index.lexical.IdentifierSplitFilter;
import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a function's doc comment says about one of its parameters. "How do I set a timeout?" on
 * requests opens with {@code HTTPAdapter.send}, whose docstring's first sentence is "Sends
 * PreparedRequest object."; the line the user wants is further down: ":param timeout: How long to
 * wait for the server to send data before giving up…". When a parameter is named by the question's
 * words, the answer quotes its description.
 *
 * <p>Reads reStructuredText fields ({@code :param timeout:}), Javadoc, JSDoc and KDoc tags ({@code
 * @param timeout}, {@code @param {number} timeout -}) and Google or NumPy sections ({@code Args:} /
 * {@code Parameters} followed by {@code name (type): text} or {@code name : type}). Doc text arrives
 * with comment markers and indentation stripped and line breaks kept; a description runs until a
 * blank line or the next entry.
 */
final class ParamDoc {
  /** One documented parameter. */
  record Entry(String name, String description) {}

  private static final Pattern REST_FIELD =
      Pattern.compile("^:param\\s+(?:[\\w\\[\\], .|]+\\s+)?(\\w+)\\s*:\\s*(.*)$");

  private static final Pattern TAG =
      Pattern.compile("^@param\\s+(?:\\{[^}]*}\\s*)?\\[?(\\w+)(?:=[^\\]]*)?]?\\s*(?:-\\s*)?(.*)$");

  /** A Google or NumPy section of parameters. */
  private static final Pattern SECTION =
      Pattern.compile("^(?:Args|Arguments|Parameters|Params|Keyword Args|Other Parameters):?$");

  /** {@code name (type): text}, {@code name: text}, {@code name : type}, {@code *args}. */
  private static final Pattern SECTION_ENTRY =
      Pattern.compile("^\\*{0,2}(\\w+)\\s*(?:\\([^)]*\\))?\\s*:\\s*(.*)$");

  /** A section title other than the parameters' ("Returns:", "Examples"). */
  private static final Pattern OTHER_SECTION = Pattern.compile("^[A-Z][A-Za-z ]{0,30}:?$");

  /** Where one entry's description stops: another field or tag, a section title, an underline. */
  private static final Pattern ENTRY_END =
      Pattern.compile("^(?::\\w+|@\\w+|-{3,}|={3,}|[A-Z][\\w ]{0,30}:$|Returns?$|Raises$)");

  private static final CodeAnalyzer ANALYZER = new CodeAnalyzer();

  private ParamDoc() {}

  /** Every parameter a doc comment describes, in order. */
  static List<Entry> entries(String doc) {
    List<Entry> out = new ArrayList<>();
    String[] lines = doc.split("\n");
    // Inside an Args/Parameters section; NumPy's is underlined and puts the type after the name.
    boolean inSection = false;
    boolean numpy = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (SECTION.matcher(line).matches()) {
        inSection = true;
        numpy = i + 1 < lines.length && lines[i + 1].strip().matches("-{3,}");
        i += numpy ? 1 : 0;
        continue;
      }
      boolean underlined = i + 1 < lines.length && lines[i + 1].strip().matches("-{3,}");
      if (OTHER_SECTION.matcher(line).matches() && (line.endsWith(":") || underlined)) {
        // "Returns:", "Raises" over dashes: the parameters are over.
        inSection = false;
        continue;
      }
      Matcher m = REST_FIELD.matcher(line);
      if (!m.matches()) {
        m = TAG.matcher(line);
      }
      if (!m.matches() && inSection) {
        m = SECTION_ENTRY.matcher(line);
      }
      if (!m.matches()) {
        continue;
      }
      boolean sectionEntry = m.pattern() == SECTION_ENTRY;
      // NumPy: "timeout : float", the description on the lines below; the type is not read out.
      StringBuilder description =
          new StringBuilder(sectionEntry && numpy ? "" : m.group(2).strip());
      int j = i + 1;
      for (; j < lines.length; j++) {
        String next = lines[j].strip();
        if (next.isEmpty()
            || ENTRY_END.matcher(next).find()
            || (sectionEntry && SECTION_ENTRY.matcher(next).matches())) {
          break;
        }
        description.append(' ').append(next);
      }
      String text = description.toString().strip();
      if (!text.isEmpty()) {
        out.add(new Entry(m.group(1), text));
      }
      i = j - 1;
    }
    return out;
  }

  /**
   * The documented parameter whose name holds most of the question's words ({@code keys}: each the
   * forms of one word, as lower-case stem prefixes); the first on a tie; empty when none holds one.
   */
  static Optional<Entry> find(String doc, List<List<String>> keys) {
    if (doc == null || doc.isEmpty() || keys.isEmpty()) {
      return Optional.empty();
    }
    Entry best = null;
    int bestCount = 0;
    for (Entry e : entries(doc)) {
      // As analysed, so "max_retries" meets "retry".
      List<String> parts = new ArrayList<>(ANALYZER.terms(e.name()));
      IdentifierSplitFilter.parts(e.name()).forEach(p -> parts.add(p.toLowerCase(Locale.ROOT)));
      int count = 0;
      for (List<String> forms : keys) {
        if (parts.stream().anyMatch(p -> forms.stream().anyMatch(p::startsWith))) {
          count++;
        }
      }
      if (count > bestCount) {
        best = e;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * " Its `timeout` parameter: “…”" for a question about using the code whose words ({@code keys})
   * name a parameter the opening place documents, or, for a constructor, its class among {@code
   * locations}; empty otherwise.
   */
  static String sentence(
      String question, Location top, List<Location> locations, List<List<String>> keys) {
    if (!ASKS_TO_USE.matcher(question).find()) {
      return "";
    }
    return find(top.doc(), keys)
        .or(() -> find(classDoc(top, locations), keys))
        .map(p -> paramSentence(p, top))
        .orElse("");
  }

  /**
   * A question about using the code ("how do I set a timeout?", "which option controls retries?"):
   * a parameter it names is worth quoting. "What does handle_url_build_error do?" names its "error"
   * parameter only by the function's name.
   */
  private static final java.util.regex.Pattern ASKS_TO_USE =
      java.util.regex.Pattern.compile(
          "(?i)^\\s*how\\s+(?:(?:do|can|should|could|would|may)\\s+(?:i|we|you|one)|to)\\s"
              + "|\\b(?:param(?:eter)?s?|options?|arguments?|args|settings?|flags?|keywords?)\\b");

  /**
   * The doc of the class a constructor belongs to, when it is among the places found: Python
   * documents {@code __init__}'s parameters on the class ({@code HTTPAdapter}'s {@code :param
   * max_retries:}), Java and Kotlin often on the class too. Empty for anything else.
   */
  static String classDoc(Location top, List<Location> locations) {
    String symbol = top.symbol();
    int dot = symbol.lastIndexOf('.');
    if (dot <= 0) {
      return "";
    }
    String owner = symbol.substring(0, dot);
    String member = symbol.substring(dot + 1);
    String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
    if (!member.equals("__init__")
        && !member.equals(simpleOwner)
        && !member.equals("constructor")) {
      return "";
    }
    return locations.stream()
        .filter(l -> l.path().equals(top.path()) && l.symbol().equals(owner))
        .map(Location::doc)
        .findFirst()
        .orElse("");
  }

  /** " Its `timeout` parameter: “How long to wait…”", unless the opening quoted that already. */
  private static String paramSentence(Entry p, Location top) {
    String description = Sentences.shorten(Sentences.plain(p.description()), 240);
    if (Sentences.first(top.doc(), 240).contains(description)) {
      return "";
    }
    return " Its `" + p.name() + "` parameter: " + Sentences.quote(description);
  }
}
