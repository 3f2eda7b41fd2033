package dev.lantern.indexer.chunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names a file calls or imports, each on a 0-based row, handed out per chunk by row range. Names
 * are the last segment of what is called ({@code this.items.get} → {@code get}) or imported ({@code
 * java.util.Map} → {@code Map}, {@code "net/http"} → {@code http}).
 */
final class References {
  /** A chunk lists at most this many distinct names; past it they add noise, not recall. */
  static final int MAX_PER_CHUNK = 50;

  private static final Set<String> IMPORT_WORDS =
      Set.of(
          "import", "from", "as", "static", "type", "typeof", "default", "require", "export",
          "java", "javax");
  private static final Set<String> NOT_CALLEES = Set.of("this", "super", "new");

  private int[] rows = new int[64];
  private String[] names = new String[64];
  private int size;
  private boolean sorted = true;

  void addCall(int row, String calleeText) {
    String name = lastSegment(calleeText);
    if (isIdentifier(name) && !NOT_CALLEES.contains(name)) {
      add(row, name);
    }
  }

  /** Names an import brings in; comments inside it (Kotlin parses a KDoc into one) are skipped. */
  void addImport(int row, String importText, String lineComment) {
    String code = importText.replaceAll("(?s)/\\*.*?\\*/", " ");
    code = code.replaceAll("(?m)" + java.util.regex.Pattern.quote(lineComment) + ".*$", " ");
    for (String token : code.split("[\\s,;{}()\"'`*=]+")) {
      String name = lastSegment(token);
      if (isIdentifier(name) && !IMPORT_WORDS.contains(name)) {
        add(row, name);
      }
    }
  }

  private void add(int row, String name) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size * 2);
      names = Arrays.copyOf(names, size * 2);
    }
    sorted &= size == 0 || rows[size - 1] <= row;
    rows[size] = row;
    names[size] = name;
    size++;
  }

  /**
   * Distinct names on rows {@code from..to} for ranges asked in increasing order; each call resumes
   * where the previous one stopped, so handing out all chunks' names is linear.
   */
  final class Cursor {
    private int next;

    List<String> take(int from, int to) {
      sort();
      while (next < size && rows[next] < from) {
        next++;
      }
      Set<String> out = new LinkedHashSet<>();
      while (next < size && rows[next] <= to) {
        if (out.size() < MAX_PER_CHUNK) {
          out.add(names[next]);
        }
        next++;
      }
      return new ArrayList<>(out);
    }
  }

  Cursor cursor() {
    return new Cursor();
  }

  private void sort() {
    if (sorted) {
      return;
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    // Stable: names on one row keep their source order.
    Arrays.sort(order, (a, b) -> Integer.compare(rows[a], rows[b]));
    int[] r = new int[rows.length];
    String[] n = new String[names.length];
    for (int i = 0; i < size; i++) {
      r[i] = rows[order[i]];
      n[i] = names[order[i]];
    }
    rows = r;
    names = n;
    sorted = true;
  }

  /**
   * The last name in a dotted, scoped or generic expression: {@code a.b<T>} → {@code b}, {@code
   * super().__init__} → {@code __init__}, {@code encoding/json} → {@code json}.
   */
  static String lastSegment(String expression) {
    String s = expression.strip();
    while (s.endsWith(">")) {
      int open = matchingOpen(s, '<', '>');
      if (open <= 0) {
        break;
      }
      s = s.substring(0, open).strip();
    }
    int cut = -1;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '.' || c == ':' || c == '/' || c == '>' || c == '\\') {
        cut = i;
        break;
      }
    }
    s = s.substring(cut + 1);
    int end = 0;
    while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
  }

  private static int matchingOpen(String s, char open, char close) {
    int depth = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == close) {
        depth++;
      } else if (c == open && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  static boolean isIdentifier(String s) {
    return !s.isEmpty() && Character.isJavaIdentifierStart(s.charAt(0));
  }
}
