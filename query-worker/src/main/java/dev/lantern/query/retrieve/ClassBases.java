package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class extends and implements, read from its declaration, and followed up through the
 * codebase's own classes. Python {@code class Name(Base, Other):}, Java and TypeScript {@code class
 * Name<T> extends Base implements A, B}, Kotlin {@code class Name(…) : Base(…), A}. Names come back
 * as their last dotted segment, without type arguments.
 */
public final class ClassBases {
  /** Python: group 1 the name, group 2 the bases. */
  private static final Pattern PYTHON_CLASS =
      Pattern.compile("(?m)^\\s*class\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*:\\s*(?:#.*)?$");

  /** Python, no bases: {@code class Name:}. */
  private static final Pattern PYTHON_PLAIN_CLASS =
      Pattern.compile("(?m)^\\s*class\\s+\\w+\\s*:\\s*(?:#.*)?$");

  /** A class-like declaration of a braced language; its header runs to the first brace. */
  private static final Pattern BRACED_CLASS =
      Pattern.compile("\\b(?:class|interface|record|object|enum)\\s+(\\w+)");

  private static final Pattern SUPERTYPES =
      Pattern.compile("\\b(?:extends|implements)\\s+([^{]*?)(?=\\bimplements\\b|\\{|$)");

  /** Kotlin's supertype list, after the name and primary constructor. */
  private static final Pattern KOTLIN_SUPERTYPES =
      Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*:\\s*(.+)$");

  private static final Pattern TYPE_ARGUMENTS = Pattern.compile("<[^<>]*>");

  private static final Pattern CALL_ARGUMENTS = Pattern.compile("\\([^()]*\\)");

  /** Python's subscripted bases: {@code Generic[T]}, {@code t.Mapping[str, t.Any]}. */
  private static final Pattern SUBSCRIPTS = Pattern.compile("\\[[^\\[\\]]*]");

  /** How far up a chain of bases to look (ReadTimeout → Timeout → RequestException → IOError). */
  static final int MAX_DEPTH = 4;

  /** A base defined in more places than this is ambiguous; it is not followed. */
  private static final int MAX_DEFINITIONS = 3;

  private ClassBases() {}

  /** The bases of the first class declared in {@code text}; empty when it declares none. */
  public static List<String> of(String text) {
    // The first declaration only: a docstring further down may show another class.
    Matcher py = PYTHON_CLASS.matcher(text);
    Matcher plain = PYTHON_PLAIN_CLASS.matcher(text);
    Matcher m = BRACED_CLASS.matcher(text);
    int pyAt = py.find() ? py.start() : Integer.MAX_VALUE;
    int plainAt = plain.find() ? plain.start() : Integer.MAX_VALUE;
    int bracedAt = m.find() ? m.start() : Integer.MAX_VALUE;
    if (plainAt < Integer.MAX_VALUE && plainAt <= Math.min(pyAt, bracedAt)) {
      return List.of();
    }
    if (pyAt < Integer.MAX_VALUE && pyAt <= bracedAt) {
      return names(py.group(2));
    }
    if (bracedAt == Integer.MAX_VALUE) {
      return List.of();
    }
    int brace = text.indexOf('{', m.end());
    String header = text.substring(m.end(), brace < 0 ? text.length() : brace);
    header = strip(TYPE_ARGUMENTS, header).replaceAll("\\s+", " ");
    List<String> out = new ArrayList<>();
    Matcher s = SUPERTYPES.matcher(header);
    while (s.find()) {
      out.addAll(names(s.group(1)));
    }
    if (out.isEmpty()) {
      Matcher k = KOTLIN_SUPERTYPES.matcher(strip(CALL_ARGUMENTS, header));
      if (k.find()) {
        out.addAll(names(k.group(1)));
      }
    }
    return out;
  }

  /**
   * Whether {@code c} declares a class whose bases, followed through the codebase's own
   * definitions, reach a name {@code wanted} accepts.
   */
  public static boolean reaches(
      StoredChunk c, java.util.function.Predicate<String> wanted, LexicalIndex lexical) {
    return reaches(of(c.text()), wanted, lexical, new HashSet<>(), 0);
  }

  /** Whether the class named {@code name} (defined in this codebase) descends from {@code base}. */
  public static boolean descendsFrom(String name, String base, LexicalIndex lexical) {
    for (StoredChunk d : classesNamed(name, lexical)) {
      if (reaches(d, base::equals, lexical)) {
        return true;
      }
    }
    return false;
  }

  /** Chunks naming a class looked through for its subclasses. */
  static final int MAX_MENTIONS = 200;

  /**
   * The product's classes that descend from {@code base} (their declarations name it, or name one
   * that does), nearest first, up to {@code depth} levels down. A test's subclass is a fixture and
   * is left out.
   */
  public static List<StoredChunk> subclasses(String base, LexicalIndex lexical, int depth) {
    List<StoredChunk> out = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(base));
    List<String> level = List.of(base);
    for (int d = 0; d < depth && !level.isEmpty(); d++) {
      List<String> next = new ArrayList<>();
      for (String b : level) {
        for (LexicalIndex.Hit h : lexical.mentions(b, MAX_MENTIONS)) {
          StoredChunk c = lexical.chunk(h.ord());
          String n = simpleName(c.symbol());
          if (ChunkKind.TYPE.name().equals(c.kind())
              && FileRole.of(c.path()) == FileRole.CODE
              && of(c.text()).contains(b)
              && seen.add(n)) {
            out.add(c);
            next.add(n);
          }
        }
      }
      level = next;
    }
    return out;
  }

  private static boolean reaches(
      List<String> bases,
      java.util.function.Predicate<String> wanted,
      LexicalIndex lexical,
      Set<String> seen,
      int depth) {
    if (bases.stream().anyMatch(wanted)) {
      return true;
    }
    if (depth >= MAX_DEPTH) {
      return false;
    }
    for (String base : bases) {
      if (!seen.add(base)) {
        continue;
      }
      for (StoredChunk d : classesNamed(base, lexical)) {
        if (reaches(of(d.text()), wanted, lexical, seen, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The codebase's class declarations of that name; none when it names too many. */
  private static List<StoredChunk> classesNamed(String name, LexicalIndex lexical) {
    List<LexicalIndex.Hit> defs = lexical.definitions(name, MAX_DEFINITIONS + 1);
    if (defs.size() > MAX_DEFINITIONS) {
      return List.of();
    }
    List<StoredChunk> out = new ArrayList<>();
    for (LexicalIndex.Hit h : defs) {
      StoredChunk d = lexical.chunk(h.ord());
      if (ChunkKind.TYPE.name().equals(d.kind()) && name.equals(simpleName(d.symbol()))) {
        out.add(d);
      }
    }
    return out;
  }

  /** The last dotted segment of a name. */
  public static String simpleName(String symbol) {
    return symbol == null ? "" : symbol.substring(symbol.lastIndexOf('.') + 1);
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    for (String part :
        strip(SUBSCRIPTS, strip(CALL_ARGUMENTS, strip(TYPE_ARGUMENTS, list))).split(",")) {
      String b = part.replaceAll("\\(.*", "").strip();
      if (b.isEmpty() || b.contains("=") || b.contains(" ")) {
        continue;
      }
      out.add(b.substring(b.lastIndexOf('.') + 1));
    }
    return out;
  }

  private static String strip(Pattern p, String s) {
    String prev;
    do {
      prev = s;
      s = p.matcher(s).replaceAll("");
    } while (!s.equals(prev));
    return s;
  }
}
