package dev.lantern.query.answer;

/** Small text helpers for answers: first sentences of doc comments, shortening. */
final class Sentences {
  private Sentences() {}

  /** The first sentence of a doc comment, without markup, at most {@code max} characters. */
  static String first(String doc, int max) {
    String d =
        doc.replaceAll("\\{@\\w+\\s+([^}]*)}", "$1")
            .replaceAll("<[^>]+>", "")
            .replaceAll("\\s+", " ")
            .strip();
    if (d.isEmpty() || d.startsWith("@")) {
      return "";
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

  static String shorten(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > max ? t.substring(0, max - 1).strip() + "…" : t;
  }
}
