package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Location;
import dev.lantern.core.text.DocText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A member declared inside a type the chunker kept whole. A small interface is one chunk, so "what
 * does Call.enqueue do?" on retrofit had no chunk named {@code Call.enqueue}, and a Kotlin test's
 * {@code enqueue} override opened the answer; the interface's own declaration, {@code void
 * enqueue(Callback<T> callback);} under its Javadoc, is the contract asked about. This finds the
 * member's lines, with the doc comment above (or the docstring below), in the type's text.
 */
final class DeclaredMember {
  /** An annotation line above a member ({@code @Override}, {@code @Nullable}). */
  private static final Pattern ANNOTATION = Pattern.compile("^\\s*@\\w+(?:\\(.*\\))?\\s*$");

  /** Words before a member's name that are no return type: a call or an expression. */
  private static final Pattern NOT_A_TYPE =
      Pattern.compile("(?:^|\\s)(?:return|new|throw|await|yield|else|case)$|[=(.:!&|+*/-]$");

  /** The opening of a Python docstring. */
  private static final Pattern DOCSTRING = Pattern.compile("^\\s*[rbu]?(?:\"\"\"|''')");

  private DeclaredMember() {}

  /**
   * The question's one dotted name ({@code Call.enqueue}) as a member that {@code c}, a type kept
   * whole, declares, cited at the member; null when the question names something else or the type
   * does not declare it.
   */
  static Location asked(List<String> identifiers, StoredChunk c, double score) {
    if (identifiers.size() != 1 || !ChunkKind.TYPE.name().equals(c.kind())) {
      return null;
    }
    String id = identifiers.get(0);
    int dot = id.lastIndexOf('.');
    if (dot <= 0 || dot == id.length() - 1) {
      return null;
    }
    String owner = id.substring(0, dot);
    String type = c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName();
    if (!type.equals(owner) && !type.endsWith("." + owner)) {
      return null;
    }
    return in(c, id.substring(dot + 1), score);
  }

  /** Member {@code name} of the whole type {@code c}, cited at its lines; null if not declared. */
  static Location in(StoredChunk c, String name, double score) {
    String[] lines = c.text().split("\n", -1);
    int at = -1;
    for (int i = 1; i < lines.length && at < 0; i++) {
      if (declares(lines[i], name)) {
        at = i;
      }
    }
    if (at < 0) {
      return null;
    }
    int end = lines[at].strip().endsWith(";") ? at : DefinitionLines.end(lines, at);
    int start = at;
    while (start > 1 && ANNOTATION.matcher(lines[start - 1]).matches()) {
      start--;
    }
    String doc = "";
    if (start > 1 && lines[start - 1].strip().endsWith("*/")) {
      int from = start - 1;
      while (from > 0 && !lines[from].strip().startsWith("/*")) {
        from--;
      }
      doc = DocText.clean(String.join("\n", java.util.Arrays.copyOfRange(lines, from, start)));
      start = from;
    } else if (at + 1 <= end && DOCSTRING.matcher(lines[at + 1]).find()) {
      // A Python docstring under the def.
      String first = lines[at + 1].strip().replaceFirst("^[rbu]?", "");
      String quote = first.substring(0, 3);
      int to = at + 1;
      if (first.length() < 6 || !first.endsWith(quote)) {
        do {
          to++;
        } while (to < end && !lines[to].contains(quote));
      }
      doc = DocText.clean(String.join("\n", java.util.Arrays.copyOfRange(lines, at + 1, to + 1)));
    }
    String signature = lines[at].strip().replaceAll("\\s*[{:;]\\s*$", "");
    String snippet = String.join("\n", java.util.Arrays.copyOfRange(lines, start, end + 1));
    String owner = c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName();
    return new Location(
        c.path(),
        c.startLine() + start,
        c.startLine() + end,
        owner + "." + name,
        ChunkKind.FUNCTION.name().toLowerCase(java.util.Locale.ROOT),
        signature,
        doc,
        score,
        snippet);
  }

  /**
   * Whether a line declares {@code name}: a definition line, or an abstract one that ends with ";"
   * after a return type ({@code void enqueue(Callback<T> callback);}).
   */
  static boolean declares(String line, String name) {
    if (name.equals(DefinitionLines.definedName(line))) {
      return true;
    }
    String s = line.strip();
    int i = s.indexOf(name + "(");
    if (i <= 0 || !s.endsWith(";") || !Character.isWhitespace(s.charAt(i - 1))) {
      return false;
    }
    String before = s.substring(0, i).strip();
    return before.matches("[\\w<>\\[\\],.?@\\s]+") && !NOT_A_TYPE.matcher(before).find();
  }
}
