package dev.lantern.query.retrieve;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definition lines told apart in source text, for any of the indexed languages: {@code def f(},
 * {@code function f(}, {@code public void f(}, and where such a definition ends (its indentation
 * returns, or its braces close). Used where the index holds a chunk but not its inner structure.
 */
public final class DefinitionLines {
  private static final Pattern KEYWORD_DEF =
      Pattern.compile(
          "^\\s*(?:export\\s+)?(?:async\\s+)?(?:def|func|function|fun|fn)\\s+(?:\\([^)]*\\)\\s*)?(\\w+)");
  private static final Pattern C_LIKE_DEF =
      Pattern.compile(
          "^\\s*(?:@\\w+\\s+)*(?:(?:public|private|protected|static|final|abstract|synchronized|"
              + "override|suspend|async|default)\\s+)*[\\w<>\\[\\],.?\\s]*?\\b(\\w+)\\s*\\("
              // a signature left open, or a whole one-line body: "int peek() { return pos; }"
              + "(?:[^;]*$|[^;{]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{.*\\}\\s*$)");
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

  private DefinitionLines() {}

  /** The name a definition line defines, or null when the line is no definition. */
  public static String definedName(String line) {
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
  public static int end(String[] lines, int from) {
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

  /** The width of a line's leading whitespace, a tab counting 4. */
  public static int indent(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width += 4;
      } else {
        break;
      }
    }
    return width;
  }
}
