package dev.lantern.query.overview;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.ClassBases;
import dev.lantern.query.retrieve.DefinitionLines;
import dev.lantern.query.retrieve.FileRole;
import dev.lantern.query.retrieve.HybridRetriever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One class (or interface, enum, record…) as a newcomer wants it described, read from the index:
 * where it is and what its doc comment says, its methods with theirs, and which files use it.
 *
 * @param type where it is defined, over all its chunks (a long class is split into a header and its
 *     members), with its doc comment and declaration line
 * @param kind "class", "interface", "enum"… as its declaration says, or "type"
 * @param members its methods in line order, public ones first when not all fit
 * @param moreMembers how many more it has
 * @param users code files that use it, most places first
 * @param tests test files that use it
 * @param others other files that define a type of the same name
 */
public record TypeOverview(
    Location type,
    String kind,
    List<Location> members,
    int moreMembers,
    List<FileOverview.Use> users,
    List<String> tests,
    List<String> others,
    List<String> bases,
    List<Location> subclasses,
    int moreSubclasses) {
  /** A signature longer than this is not looked past for a docstring. */
  private static final int MAX_SIGNATURE_LINES = 12;

  private static final List<String> KINDS =
      List.of("interface", "enum", "record", "struct", "trait", "protocol", "object", "class");

  public TypeOverview {
    members = List.copyOf(members);
    users = List.copyOf(users);
    tests = List.copyOf(tests);
    others = List.copyOf(others);
    bases = List.copyOf(bases);
    subclasses = List.copyOf(subclasses);
  }

  /** Subclasses named in an overview; the rest are counted. */
  static final int MAX_SUBCLASSES = 5;

  /** Levels of subclasses looked down. */
  static final int SUBCLASS_DEPTH = 3;

  /** An overview that names no bases or subclasses. */
  public TypeOverview(
      Location type,
      String kind,
      List<Location> members,
      int moreMembers,
      List<FileOverview.Use> users,
      List<String> tests,
      List<String> others) {
    this(type, kind, members, moreMembers, users, tests, others, List.of(), List.of(), 0);
  }

  /** The places an answer cites: the type, then its methods. */
  public List<Location> locations() {
    List<Location> out = new ArrayList<>();
    out.add(type);
    out.addAll(members);
    return out;
  }

  /** A name of two or more words run together: a lower-case letter before a capital. */
  private static final java.util.regex.Pattern COMPOUND =
      java.util.regex.Pattern.compile("[a-z0-9][A-Z]");

  /**
   * The types of the index named exactly {@code name} (its last part, when dotted), or, for a name
   * typed in lower case ("gsonbuilder"), a compound name spelled so in any case: their first
   * chunks, code before tests and examples, top-level before nested, shallower paths first.
   */
  public static List<StoredChunk> resolve(LexicalIndex index, String name) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    List<StoredChunk> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    // "gsonbuilder" as people type it: a compound name (GsonBuilder), never a plain word that a
    // type is named after (a class Session is no answer to "what is a session?").
    boolean typedLower = name.equals(name.toLowerCase(java.util.Locale.ROOT));
    for (LexicalIndex.Hit h : index.definitions(simple, 100)) {
      StoredChunk c = index.chunk(h.ord());
      boolean named =
          c.symbol().equals(simple)
              || typedLower
                  && c.symbol().equalsIgnoreCase(simple)
                  && COMPOUND.matcher(c.symbol()).find();
      if (c.kind().equals("TYPE")
          && named
          && FileOverview.qualified(c)
              .toLowerCase(java.util.Locale.ROOT)
              .endsWith(name.toLowerCase(java.util.Locale.ROOT))
          && seen.add(c.path() + "\u0000" + FileOverview.qualified(c))) {
        found.add(c);
      }
    }
    found.sort(
        Comparator.comparing((StoredChunk c) -> FileRole.of(c.path()) != FileRole.CODE)
            .thenComparing(c -> FileOverview.qualified(c).contains("."))
            .thenComparingInt(c -> c.path().split("/").length)
            .thenComparing(StoredChunk::path)
            .thenComparingInt(StoredChunk::startLine));
    return found;
  }

  /** The overview of the type whose first chunk is {@code head}; {@code others} are named too. */
  public static TypeOverview of(LexicalIndex index, StoredChunk head, List<StoredChunk> others) {
    String q = FileOverview.qualified(head);
    List<StoredChunk> chunks = index.chunksOf(head.path());
    List<StoredChunk> own =
        chunks.stream()
            .filter(
                c ->
                    FileOverview.qualified(c).equals(q)
                        || FileOverview.qualified(c).startsWith(q + "."))
            .toList();
    // A Go type's methods are declared apart from it, anywhere in the file: its span is its own
    // pieces (a long struct is cut into several), not theirs.
    List<StoredChunk> body =
        head.language().equals("go")
            ? own.stream().filter(c -> FileOverview.qualified(c).equals(q)).toList()
            : own;
    int start = body.stream().mapToInt(StoredChunk::startLine).min().orElse(head.startLine());
    int end = body.stream().mapToInt(StoredChunk::endLine).max().orElse(head.endLine());
    Location first = HybridRetriever.toLocation(head, 1);
    Location type =
        new Location(
            head.path(), start, end, q, "type", first.signature(), first.doc(), 1, first.snippet());
    List<Location> members = FileOverview.members(chunks, q);
    if (members.isEmpty()) {
      members = membersFromText(head, q);
    }
    List<Location> shown = FileOverview.publicFirst(members);
    FileOverview.Usage usage = FileOverview.usage(index, List.of(head.symbol()), head.path());
    List<StoredChunk> subclasses = ClassBases.subclasses(head.symbol(), index, SUBCLASS_DEPTH);
    return new TypeOverview(
        type,
        kind(head.signature().isEmpty() ? head.text() : head.signature()),
        shown,
        members.size() - shown.size(),
        usage.users(),
        usage.tests(),
        others.stream()
            .map(StoredChunk::path)
            .filter(p -> !p.equals(head.path()))
            .distinct()
            .limit(FileOverview.MAX_OTHERS)
            .toList(),
        ClassBases.of(head.text()),
        subclasses.stream()
            .limit(MAX_SUBCLASSES)
            .map(c -> HybridRetriever.toLocation(c, 0))
            .toList(),
        Math.max(0, subclasses.size() - MAX_SUBCLASSES));
  }

  /**
   * The methods of a type indexed as one chunk, read from its text: the definition lines one level
   * inside it, each to where it ends, with the first line of a docstring right below it.
   */
  public static List<Location> membersFromText(StoredChunk head, String q) {
    String[] lines = head.text().split("\n", -1);
    int outer = -1;
    int level = Integer.MAX_VALUE;
    for (String line : lines) {
      String l = line.strip();
      boolean preamble =
          l.isEmpty()
              || l.startsWith("@")
              || l.startsWith("#")
              || l.startsWith("//")
              || l.startsWith("/*")
              || l.startsWith("*");
      if (!preamble) {
        outer = DefinitionLines.indent(line); // the declaration line
        break;
      }
    }
    for (String line : lines) {
      int indent = DefinitionLines.indent(line);
      if (!line.isBlank() && indent > outer && DefinitionLines.definedName(line) != null) {
        level = Math.min(level, indent);
      }
    }
    List<Location> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String name = DefinitionLines.definedName(lines[i]);
      if (name == null || DefinitionLines.indent(lines[i]) != level || name.equals(head.symbol())) {
        continue;
      }
      int last = DefinitionLines.end(lines, i);
      out.add(
          new Location(
              head.path(),
              head.startLine() + i,
              head.startLine() + last,
              q + "." + name,
              "function",
              lines[i].strip(),
              docstringBelow(lines, i, last).isEmpty()
                  ? docCommentAbove(lines, i)
                  : docstringBelow(lines, i, last),
              1,
              String.join("\n", java.util.Arrays.copyOfRange(lines, i, last + 1))));
    }
    return out;
  }

  /**
   * The first line of a Python docstring right below a definition whose signature may span lines
   * (it ends at the first line ending in ':').
   */
  private static String docstringBelow(String[] lines, int def, int last) {
    int body = def;
    while (body < Math.min(last, def + MAX_SIGNATURE_LINES) && !lines[body].strip().endsWith(":")) {
      body++;
    }
    for (int i = body + 1; i <= last; i++) {
      String l = lines[i].strip();
      if (l.isEmpty()) {
        continue;
      }
      if (!l.startsWith("\"\"\"") && !l.startsWith("\'\'\'")) {
        return "";
      }
      String text = l.substring(3);
      int close = Math.max(text.indexOf("\"\"\""), text.indexOf("\'\'\'"));
      text = close >= 0 ? text.substring(0, close) : text;
      return text.isBlank() && i + 1 <= last ? lines[i + 1].strip() : text.strip();
    }
    return "";
  }

  /**
   * The text of a {@code /** … *}{@code /} comment right above a definition line (annotations may
   * stand between), markers removed; empty when there is none.
   */
  private static String docCommentAbove(String[] lines, int def) {
    int i = def - 1;
    while (i >= 0 && lines[i].strip().startsWith("@")) {
      i--;
    }
    if (i < 0 || !lines[i].strip().endsWith("*/")) {
      return "";
    }
    int end = i;
    while (i >= 0 && !lines[i].strip().startsWith("/**")) {
      i--;
    }
    if (i < 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int j = i; j <= end; j++) {
      String l =
          lines[j]
              .strip()
              .replaceFirst("^/\\*\\*", "")
              .replaceFirst("\\*/$", "")
              .replaceFirst("^\\*", "")
              .strip();
      if (l.startsWith("@")) {
        break; // the tags after the description
      }
      sb.append(sb.length() == 0 || l.isEmpty() ? "" : " ").append(l);
    }
    return sb.toString().strip();
  }

  /** "class", "interface"… from a declaration, or "type". */
  static String kind(String declaration) {
    String d = " " + declaration.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
    int best = Integer.MAX_VALUE;
    String kind = "type";
    for (String k : KINDS) {
      int at = d.indexOf(" " + k + " ");
      if (at >= 0 && at < best) {
        best = at;
        kind = k;
      }
    }
    return kind;
  }

  /** "a" or "an", for "a class in …" and "an interface in …". */
  public String article() {
    return "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a";
  }
}
