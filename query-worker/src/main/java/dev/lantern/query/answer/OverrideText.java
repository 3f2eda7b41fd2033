package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence of an answer that names the subclasses' methods overriding the opening one: "It is
 * implemented by `SecureCookieSessionInterface.save_session` (…)" for an abstract method, "It is
 * overridden by …" for one with a body of its own.
 */
final class OverrideText {
  /** Overriding methods named; more are counted as "and more". */
  static final int MAX_OVERRIDES = 3;

  private OverrideText() {}

  /**
   * " It is implemented by `X.m` (…)." for an abstract method, " It is overridden by …" for one
   * with a body of its own; empty when no subclass defines it.
   */
  static String of(Location top, OverrideLookup overrides, PlaceText text) {
    List<Location> found = overrides.overridesOf(top.symbol(), MAX_OVERRIDES + 1);
    if (found.isEmpty()) {
      return "";
    }
    List<String> named =
        found.stream()
            .limit(MAX_OVERRIDES)
            .map(o -> "`" + o.symbol() + "` (" + o.citation() + ")")
            .toList();
    int more = found.size() - named.size();
    return (abstractMethod(text.of(top)) ? " It is implemented by " : " It is overridden by ")
        + String.join(", ", named)
        + (more > 0 ? " and more" : "")
        + ".";
  }

  /** A Kotlin interface member: {@code fun name(…): Type} with neither a body nor "= …". */
  private static final java.util.regex.Pattern KOTLIN_BODILESS =
      java.util.regex.Pattern.compile(
          "(?s)(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:(?:public|internal|protected|suspend|operator)\\s+)*"
              + "fun\\s+(?:<[^>]*>\\s*)?[\\w.]+\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*(?::\\s*[\\w<>?,.\\s*]+)?");

  private static final java.util.regex.Pattern BLOCK_COMMENT =
      java.util.regex.Pattern.compile("(?s)/\\*.*?\\*/");

  /** Python's "pass", "...", or NotImplementedError after the docstring. */
  private static final java.util.regex.Pattern PLACEHOLDER_BODY =
      java.util.regex.Pattern.compile(
          "^(?:pass|\\.\\.\\.|raise NotImplementedError\\b.*|return NotImplemented)$");

  /**
   * Whether a method leaves its body to subclasses: declared abstract, a Java or TypeScript
   * signature without a body, or a Python body that only passes or raises NotImplementedError.
   */
  static boolean abstractMethod(String text) {
    // Doc comments first: their "{@code x}" is no body, nor their "abstract" a modifier.
    String code = BLOCK_COMMENT.matcher(text).replaceAll("").replaceAll("(?m)^\\s*//.*$", "");
    code = code.replaceAll("(?m)^\\s*\\n", "").strip();
    String head = code.lines().limit(3).collect(java.util.stream.Collectors.joining(" "));
    if (head.matches("(?s).*\\babstract\\s.*")) {
      return true;
    }
    if (!code.contains("{") && code.endsWith(";")) {
      return true;
    }
    if (KOTLIN_BODILESS.matcher(code).matches()) {
      return true;
    }
    if (!code.startsWith("def ") && !code.startsWith("async def ") && !code.startsWith("@")) {
      return code.contains("throw new UnsupportedOperationException") && code.lines().count() <= 4;
    }
    // Python: the lines after the signature and docstring.
    List<String> body = new ArrayList<>();
    boolean inSignature = true;
    boolean inDoc = false;
    for (String line : code.lines().map(String::strip).toList()) {
      if (inSignature) {
        inSignature = !line.endsWith(":");
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (inDoc) {
        inDoc = !(line.endsWith("\"\"\"") || line.endsWith("'''"));
        continue;
      }
      if (line.startsWith("\"\"\"") || line.startsWith("'''")) {
        String quote = line.substring(0, 3);
        inDoc = !(line.length() >= 6 && line.endsWith(quote));
        continue;
      }
      body.add(line);
    }
    return !body.isEmpty() && body.stream().allMatch(l -> PLACEHOLDER_BODY.matcher(l).matches());
  }
}
