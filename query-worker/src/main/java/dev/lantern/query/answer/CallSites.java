package dev.lantern.query.answer;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.HybridRetriever;
import java.util.Locale;
import java.util.Set;
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
  private static final Pattern KEYWORD_DEF =
      Pattern.compile(
          "^\\s*(?:export\\s+)?(?:async\\s+)?(?:def|func|function|fun|fn)\\s+(?:\\([^)]*\\)\\s*)?(\\w+)");
  private static final Pattern C_LIKE_DEF =
      Pattern.compile(
          "^\\s*(?:@\\w+\\s+)*(?:(?:public|private|protected|static|final|abstract|synchronized|"
              + "override|suspend|async|default)\\s+)*[\\w<>\\[\\],.?\\s]*?\\b(\\w+)\\s*\\([^;]*$");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "if",
          "for",
          "while",
          "switch",
          "catch",
          "return",
          "new",
          "else",
          "try",
          "synchronized",
          "do",
          "throw",
          "assert",
          "super",
          "this",
          "with",
          "elif",
          "except",
          "print");

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
    for (int at = 1; at < lines.length; at++) {
      if (!call.matcher(lines[at]).find() || simple.equals(definedName(lines[at]))) {
        continue;
      }
      int def = enclosingDefinition(lines, at);
      if (def < 0) {
        continue;
      }
      String method = definedName(lines[def]);
      int end = end(lines, def);
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
    return whole;
  }

  /**
   * A use of {@code name} in module code that the chunker joined to the definition below it (a few
   * lines between definitions join their neighbour): {@code x = Serializer()} above {@code def
   * helper():} is used at the top level, not in {@code helper}. Null when the name is used inside
   * the definition, or not before it.
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
      if (caller.symbol().equals(definedName(lines[i]))) {
        def = i;
      }
    }
    if (def <= 0) {
      return null;
    }
    for (int i = def; i < lines.length; i++) {
      if (use.matcher(lines[i]).find()) {
        return null;
      }
    }
    for (int i = 0; i < def; i++) {
      String l = lines[i].strip();
      boolean comment =
          l.startsWith("#") || l.startsWith("//") || l.startsWith("*") || l.startsWith("/*");
      if (!comment && !l.startsWith("@") && use.matcher(l).find()) {
        int line = caller.startLine() + i;
        return new Location(caller.path(), line, line, "", "module", "", "", 0, lines[i]);
      }
    }
    return null;
  }

  /** The nearest definition line above {@code at} that is indented less than it, or -1. */
  private static int enclosingDefinition(String[] lines, int at) {
    int indent = indent(lines[at]);
    for (int i = at - 1; i >= 1; i--) {
      String line = lines[i];
      // Blank lines, deeper lines and the closing line of a signature ("    ) -> T:") say
      // nothing about nesting.
      if (line.isBlank() || indent(line) >= indent || line.strip().matches("^[)\\]].*")) {
        continue;
      }
      if (definedName(line) != null) {
        return i;
      }
      indent = indent(line);
    }
    return -1;
  }

  private static boolean definesName(String line, String name) {
    return name.equals(definedName(line));
  }

  /** The name a definition line defines, or null when the line is no definition. */
  static String definedName(String line) {
    Matcher k = KEYWORD_DEF.matcher(line);
    if (k.find()) {
      return k.group(1);
    }
    Matcher c = C_LIKE_DEF.matcher(line);
    if (c.find() && !NOT_NAMES.contains(c.group(1)) && !line.strip().startsWith(".")) {
      String before = line.substring(0, c.start(1)).strip();
      // A call statement ("foo(x)") has nothing before the name; a declaration has a type.
      return before.isEmpty() || before.endsWith("=") || before.endsWith(".") ? null : c.group(1);
    }
    return null;
  }

  /** The last line of the definition starting at {@code from}. */
  private static int end(String[] lines, int from) {
    String head = lines[from];
    if (head.contains("{") || (from + 1 < lines.length && lines[from + 1].strip().equals("{"))) {
      int depth = 0;
      boolean opened = false;
      for (int i = from; i < lines.length; i++) {
        for (char ch : lines[i].toCharArray()) {
          if (ch == '{') {
            depth++;
            opened = true;
          } else if (ch == '}') {
            depth--;
          }
        }
        if (opened && depth <= 0) {
          return i;
        }
      }
      return lines.length - 1;
    }
    int indent = indent(head);
    int last = from;
    for (int i = from + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (indent(lines[i]) <= indent && !lines[i].strip().startsWith(")")) {
        break;
      }
      last = i;
    }
    return last;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n += line.charAt(n) == '\t' ? 4 : 1;
    }
    return n;
  }
}
