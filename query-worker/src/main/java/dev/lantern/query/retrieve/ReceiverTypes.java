package dev.lantern.query.retrieve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type a function's code declares a variable or parameter with: {@code Calendar calendar = …}
 * and {@code (Calendar calendar)} in Java, {@code calendar: Calendar} in Kotlin, TypeScript and
 * Python annotations, {@code val calendar = Calendar(…)} and {@code new Calendar(…)} assignments.
 * Calls on that variable are calls of that type's methods, not of another class's method of the
 * same name.
 */
final class ReceiverTypes {
  private ReceiverTypes() {}

  /** The declared type's last dotted segment, or null when the code does not say. */
  static String declaredType(String code, String variable) {
    String v = Pattern.quote(variable);
    for (Pattern p :
        new Pattern[] {
          // Java and C#: "final Calendar calendar =", "List<String> names;", "(Calendar c,".
          Pattern.compile(
              "\\b([A-Z][\\w.]*)(?:<[^<>;=()]*(?:<[^<>;=()]*>[^<>;=()]*)*>)?(?:\\[])*\\s+"
                  + v
                  + "\\s*[=;,):]"),
          // Kotlin, TypeScript, Python annotations: "calendar: Calendar".
          Pattern.compile("(?<![\\w.])" + v + "\\s*:\\s*([A-Z][\\w.]*)"),
          // Inferred from a construction: "val c = Calendar(", "const c = new Calendar(".
          Pattern.compile(
              "\\b(?:val|var|let|const)\\s+" + v + "\\s*=\\s*(?:new\\s+)?([A-Z][\\w.]*)\\s*[(<]"),
        }) {
      Matcher m = p.matcher(code);
      if (m.find()) {
        String type = m.group(1);
        return type.substring(type.lastIndexOf('.') + 1);
      }
    }
    return null;
  }
}
