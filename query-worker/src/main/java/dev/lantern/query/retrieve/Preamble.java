package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import java.util.regex.Pattern;

/**
 * A file's preamble: a chunk of nothing but its licence comment, package line and imports. Such a
 * chunk says every name the file uses ("import retrofit2.Converter;"), so it can rank among the
 * best places for a question about those names, and it answers nothing: retrofit's "how do I add a
 * converter?" opened with lines 1-25 of {@code Java8OptionalConverterFactory.java}, a licence and
 * eight imports. A Python module docstring is no comment here: it says what the module is.
 */
final class Preamble {
  /** Lines that only declare where the file is and what it uses. */
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^(?:package\\s+[\\w.]+;?|import\\s.*|from\\s+[\\w.]+\\s+import\\s.*|using\\s+[\\w.]+;"
              + "|(?:const|let|var)\\s+[\\w{},\\s]+=\\s*require\\(.*|export\\s+\\*\\s+from\\s.*"
              + "|['\"]use strict['\"];?|#include\\s.*|[)}],?;?|[\\w.,\\s]+,?|\\}\\s*from\\s.*"
              + "|(?:\\w+\\s+)?\"[\\w./-]+\")$");

  /** Comment lines: block comment bodies, line comments. */
  private static final Pattern COMMENT = Pattern.compile("^(?:/\\*.*|\\*.*|//.*|#(?!include).*)$");

  private Preamble() {}

  /** Whether {@code c} is lines between definitions holding only comments and declarations. */
  static boolean is(StoredChunk c) {
    if (!ChunkKind.MODULE.name().equalsIgnoreCase(c.kind()) || !c.names().isEmpty()) {
      return false;
    }
    boolean declares = false;
    boolean inBlock = false;
    for (String raw : c.text().split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (inBlock) {
        inBlock = !line.contains("*/");
        continue;
      }
      if (line.startsWith("/*")) {
        inBlock = !line.contains("*/");
        continue;
      }
      if (COMMENT.matcher(line).matches()) {
        continue;
      }
      if (!DECLARATION.matcher(line).matches()) {
        return false;
      }
      declares = true;
    }
    return declares;
  }
}
