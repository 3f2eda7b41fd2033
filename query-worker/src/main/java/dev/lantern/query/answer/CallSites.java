package dev.lantern.query.answer;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.DefinitionLines;
import dev.lantern.query.retrieve.HybridRetriever;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a calling chunk the call is. A small class is indexed as one chunk, so "called from
 * `Blueprint` (blueprints.py:18-128)" names the class; the method around the call
 * ("`Blueprint.send_static_file` (blueprints.py:82-102)") is what a reader wants. The method is
 * found from the text: the nearest definition line above the call that is indented less than it,
 * ending where the indentation returns (Python) or its braces close.
 */
public final class CallSites {
  /** Chunks shorter than this are cited whole: the call is easy to see in them. */
  static final int MIN_LINES = 30;

  private CallSites() {}

  /**
   * The location of the call to {@code name} in {@code caller}: the enclosing method when the
   * caller is a long type chunk and the method can be told from the text, else the whole chunk.
   */
  public static Location of(StoredChunk caller, String name) {
    Location whole = HybridRetriever.toLocation(caller, 0);
    Location before = beforeDefinition(caller, name);
    if (before != null) {
      return before;
    }
    if (!"type".equals(caller.kind().toLowerCase(Locale.ROOT))
        || caller.endLine() - caller.startLine() + 1 < MIN_LINES) {
      return whole;
    }
    String simple = name.substring(name.lastIndexOf('.') + 1);
    Pattern call = Pattern.compile("\\b" + Pattern.quote(simple) + "\\b");
    String[] lines = caller.text().split("\n", -1);
    String owner = caller.qualifiedName().isEmpty() ? caller.symbol() : caller.qualifiedName();
    // A line of code first; a docstring or comment that says the name only when none calls it.
    boolean[] prose = prose(lines);
    for (boolean codeOnly : new boolean[] {true, false}) {
      Location found = method(caller, lines, prose, call, simple, owner, codeOnly);
      if (found != null) {
        return found;
      }
    }
    return whole;
  }

  /** The method around the first line using {@code call}, code lines only if so asked. */
  private static Location method(
      StoredChunk caller,
      String[] lines,
      boolean[] prose,
      Pattern call,
      String simple,
      String owner,
      boolean codeOnly) {
    for (int at = 1; at < lines.length; at++) {
      if ((codeOnly && prose[at])
          || !call.matcher(lines[at]).find()
          || simple.equals(DefinitionLines.definedName(lines[at]))) {
        continue;
      }
      int def = enclosingDefinition(lines, at);
      if (def < 0) {
        continue;
      }
      String method = DefinitionLines.definedName(lines[def]);
      int end = DefinitionLines.end(lines, def);
      // The name's own definition mentioning itself (a docstring, a recursive call) is no caller.
      if (method.equals(simple) || end < at) {
        continue;
      }
      return new Location(
          caller.path(),
          caller.startLine() + def,
          caller.startLine() + end,
          owner.isEmpty() ? method : owner + "." + method,
          "function",
          lines[def].strip(),
          "",
          0,
          String.join("\n", java.util.Arrays.copyOfRange(lines, def, end + 1)));
    }
    return null;
  }

  /**
   * Which lines are prose, not code: comments ({@code //}, {@code #}, block comments and their
   * {@code *} lines) and the lines of Python's triple-quoted strings, docstrings included.
   */
  public static boolean[] prose(String[] lines) {
    boolean[] out = new boolean[lines.length];
    String open = null; // the quotes of a triple-quoted string that is open, or "*/"
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (open != null) {
        out[i] = true;
        if (l.contains(open)) {
          open = null;
        }
        continue;
      }
      if (l.startsWith("#") || l.startsWith("//") || l.startsWith("*")) {
        out[i] = true;
      } else if (l.startsWith("/*")) {
        out[i] = true;
        open = l.contains("*/") ? null : "*/";
      } else {
        for (String q : new String[] {"\"\"\"", "\'\'\'"}) {
          int first = l.indexOf(q);
          if (first >= 0) {
            // A string opened on this line and not closed on it runs on; a line that is only
            // the string (a docstring) is prose itself.
            boolean closed = l.indexOf(q, first + 3) >= 0;
            out[i] = first == 0 || l.matches("^[rRbBuUfF]{0,2}" + q + ".*");
            open = closed ? null : q;
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * A use of {@code name} in module code that the chunker joined to the definition (a few lines
   * between definitions join their neighbour): {@code x = Serializer()} above {@code def helper():}
   * is used at the top level, not in {@code helper}, and so is httpx's {@code DEFAULT_LIMITS =
   * Limits(…)} below {@code class Proxy}. Null when the name is used inside the definition, or
   * nowhere outside it.
   */
  private static Location beforeDefinition(StoredChunk caller, String name) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    if (caller.symbol().isEmpty() || simple.isEmpty()) {
      return null;
    }
    Pattern use = Pattern.compile("\\b" + Pattern.quote(simple) + "\\b");
    String[] lines = caller.text().split("\n", -1);
    int def = -1;
    for (int i = 0; i < lines.length && def < 0; i++) {
      Matcher type = TYPE_LINE.matcher(lines[i]);
      if (caller.symbol().equals(DefinitionLines.definedName(lines[i]))
          || (type.lookingAt() && caller.symbol().equals(type.group(1)))) {
        def = i;
      }
    }
    if (def < 0) {
      return null;
    }
    int end = DefinitionLines.end(lines, def);
    if (def == 0 && end >= lines.length - 1) {
      return null;
    }
    for (int i = def; i <= end && i < lines.length; i++) {
      if (use.matcher(lines[i]).find()) {
        return null;
      }
    }
    boolean[] prose = prose(lines);
    for (int i = 0; i < lines.length; i++) {
      if (i >= def && i <= end) {
        continue;
      }
      String l = lines[i].strip();
      if (!prose[i] && !l.startsWith("@") && use.matcher(l).find()) {
        int line = caller.startLine() + i;
        return new Location(caller.path(), line, line, "", "module", "", "", 0, lines[i]);
      }
    }
    return null;
  }

  /** A class, interface or struct line: {@code class Proxy:}, {@code export interface A {}. */
  private static final Pattern TYPE_LINE =
      Pattern.compile(
          "\\s*(?:export\\s+)?(?:(?:public|private|protected|abstract|final|data|sealed|open)\\s+)*"
              + "(?:class|interface|struct|enum|object)\\s+(\\w+)");

  /** The nearest definition line above {@code at} that is indented less than it, or -1. */
  private static int enclosingDefinition(String[] lines, int at) {
    int indent = DefinitionLines.indent(lines[at]);
    for (int i = at - 1; i >= 1; i--) {
      String line = lines[i];
      // Blank lines, deeper lines and the closing line of a signature ("    ) -> T:") say
      // nothing about nesting.
      if (line.isBlank()
          || DefinitionLines.indent(line) >= indent
          || line.strip().matches("^[)\\]].*")) {
        continue;
      }
      if (DefinitionLines.definedName(line) != null) {
        return i;
      }
      indent = DefinitionLines.indent(line);
    }
    return -1;
  }
}
