package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What does Session.send return?": what a function declares it returns, what its doc says of the
 * value, and the statements that return it. requests' answer named the function and its callers and
 * never said {@code Response}.
 */
final class ReturnText {
  /** Return statements quoted; a function with more is summarised by its declaration. */
  static final int MAX_STATEMENTS = 3;

  private static final Pattern ASKS =
      Pattern.compile("(?i)\\b(?:returns?|returned|returning|return\\s+value|return\\s+type)\\b");

  /** reST {@code :returns:} / {@code :rtype:}, Javadoc and JSDoc {@code @return(s)}. */
  private static final Pattern DOC_FIELD =
      Pattern.compile("^(?::returns?:|:rtype:|@returns?)\\s*(?:\\{([^}]*)}\\s*)?(.*)$");

  /** Google and NumPy sections. */
  private static final Pattern DOC_SECTION = Pattern.compile("^(?:Returns|Return|Yields):?$");

  /** Python's {@code -> T:}, TypeScript's and Kotlin's {@code ): T}, Go's results. */
  private static final Pattern ARROW = Pattern.compile("\\)\\s*->\\s*(.+?):?\\s*$");

  private static final Pattern COLON_TYPE =
      Pattern.compile("\\)\\s*:\\s*([^={]+?)\\s*(?:[={].*)?$");
  private static final Pattern GO_RESULT =
      Pattern.compile("^func\\s*(?:\\([^)]*\\)\\s*)?\\w+\\s*\\([^)]*\\)\\s*([^{]+?)\\s*\\{?\\s*$");

  /** Java: the type before the name ({@code public JsonToken peek() throws IOException}). */
  private static final Pattern JAVA_RESULT =
      Pattern.compile(
          "([\\w.$<>\\[\\], ?]+?)\\s+[\\w$]+\\s*\\([^)]*\\)\\s*(?:throws\\s+[\\w., ]+)?$");

  private static final Set<String> MODIFIERS =
      Set.of(
          "public",
          "private",
          "protected",
          "static",
          "final",
          "abstract",
          "synchronized",
          "native",
          "default",
          "strictfp");

  private static final Pattern RETURN = Pattern.compile("^\\s*return\\b\\s*(.*)$");

  private ReturnText() {}

  /** Whether a short question asks what something returns. */
  static boolean asks(String question) {
    return ASKS.matcher(question).find();
  }

  /**
   * The sentence for a function: "It returns `Response` (“requests.Response”), at line 829: `return
   * r`." Empty for anything that is no function, or when nothing is known.
   */
  static String of(Location fn, PlaceText text) {
    if (!"function".equals(fn.kind())) {
      return "";
    }
    Optional<String> declared = declared(fn.signature(), fn.path());
    Optional<String> doc = documented(fn.doc());
    List<String> statements = statements(fn, text);
    if (declared.isEmpty() && doc.isEmpty() && statements.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" It returns");
    declared.ifPresent(t -> sb.append(" `").append(t).append('`'));
    doc.ifPresent(
        d ->
            sb.append(declared.isPresent() ? " (" : " ")
                .append(Sentences.quote(Sentences.shorten(d, 200)).replaceAll("\\.$", ""))
                .append(declared.isPresent() ? ")" : ""));
    if (!statements.isEmpty()) {
      sb.append(declared.isPresent() || doc.isPresent() ? ", " : " ")
          .append("at ")
          .append(String.join("; ", statements));
    } else if (declared.isEmpty() && doc.isEmpty()) {
      return "";
    }
    return sb.append('.').toString();
  }

  /** The return type a signature declares, when it declares one. */
  static Optional<String> declared(String signature, String path) {
    String sig = signature.strip().replaceAll("\\s+", " ");
    if (sig.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = ARROW.matcher(sig);
    if (m.find()) {
      return Optional.of(m.group(1).strip());
    }
    if (path.endsWith(".go")) {
      Matcher g = GO_RESULT.matcher(sig);
      return g.find() && !g.group(1).isBlank() ? Optional.of(g.group(1).strip()) : Optional.empty();
    }
    if (path.endsWith(".java")) {
      Matcher j = JAVA_RESULT.matcher(sig.replaceAll("@\\w+(?:\\([^)]*\\))?\\s*", ""));
      if (j.find()) {
        List<String> words = new ArrayList<>(List.of(j.group(1).strip().split(" ")));
        words.removeIf(MODIFIERS::contains);
        // A generic method's type parameters come before its result: <T> T fromJson(...).
        if (!words.isEmpty() && words.get(0).startsWith("<")) {
          words.remove(0);
        }
        String type = String.join(" ", words).strip();
        return type.isEmpty() || type.equals("void") ? Optional.empty() : Optional.of(type);
      }
      return Optional.empty();
    }
    if (path.matches(".*\\.(ts|tsx|mts|cts|kt|kts)$")) {
      Matcher c = COLON_TYPE.matcher(sig);
      if (c.find()) {
        String type = c.group(1).strip();
        return type.equals("void") || type.equals("Unit") ? Optional.empty() : Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** What the doc comment says of the returned value. */
  static Optional<String> documented(String doc) {
    if (doc == null || doc.isBlank()) {
      return Optional.empty();
    }
    String[] lines = doc.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip().replaceFirst("^\\*\\s?", "");
      Matcher f = DOC_FIELD.matcher(l);
      if (f.matches()) {
        String type = f.group(1) == null ? "" : f.group(1).strip();
        String said = f.group(2).strip();
        String all = (type.isEmpty() ? "" : type + (said.isEmpty() ? "" : ": ")) + said;
        if (!all.isEmpty()) {
          return Optional.of(all);
        }
      }
      if (DOC_SECTION.matcher(l).matches()) {
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j < lines.length; j++) {
          String next = lines[j].strip();
          if (next.matches("^-{3,}$")) {
            continue; // NumPy's underline
          }
          if (next.isEmpty() || (next.endsWith(":") && !next.contains(" "))) {
            break;
          }
          sb.append(sb.length() > 0 ? " " : "").append(next);
        }
        if (sb.length() > 0) {
          return Optional.of(sb.toString());
        }
      }
    }
    return Optional.empty();
  }

  /** "line 829: `return r`" for each distinct return statement, when there are at most three. */
  private static List<String> statements(Location fn, PlaceText text) {
    String[] lines = text.of(fn).split("\n", -1);
    boolean[] prose = CallSites.prose(lines);
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      Matcher m = RETURN.matcher(lines[i]);
      if (prose[i] || !m.matches() || m.group(1).isBlank() || !seen.add(lines[i].strip())) {
        continue;
      }
      if (out.size() == MAX_STATEMENTS) {
        return List.of();
      }
      out.add(
          "line "
              + (fn.startLine() + i)
              + ": `"
              + Sentences.shorten(lines[i].strip().replace('`', '\''), 100)
              + "`");
    }
    return out;
  }
}
