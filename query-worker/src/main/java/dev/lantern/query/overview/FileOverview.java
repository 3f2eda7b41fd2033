package dev.lantern.query.overview;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.CodeText;
import dev.lantern.query.retrieve.FileRole;
import dev.lantern.query.retrieve.HybridRetriever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One file as a newcomer wants it described, read from the index: what it says it is (its module
 * docstring, leading comment or main type's doc comment), what it defines, and which files use
 * those definitions.
 *
 * @param path the file
 * @param language its language as indexed ("python", "java"…)
 * @param lines its number of lines
 * @param description where the file says what it is, when it does
 * @param definitions its top-level definitions in line order (in a document, its sections), at most
 *     {@value #MAX_DEFINITIONS}, the longest when not all fit
 * @param moreDefinitions how many more there are
 * @param mainType the type that makes up most of the file, when one does and its members are chunks
 *     of their own (a long class)
 * @param members that type's members in line order, public ones first when not all fit, at most
 *     {@value #MAX_DEFINITIONS}
 * @param moreMembers how many more there are
 * @param users code files that use its definitions, most places first
 * @param tests test files that use its definitions
 * @param imports what it imports: files of the codebase and modules from outside it
 * @param others other indexed files of the same name, when the question gave only a name
 */
public record FileOverview(
    String path,
    String language,
    int lines,
    Optional<Location> description,
    List<Location> definitions,
    int moreDefinitions,
    Optional<String> mainType,
    List<Location> members,
    int moreMembers,
    List<Use> users,
    List<String> tests,
    FileImports imports,
    List<String> others) {
  static final int MAX_DEFINITIONS = 12;
  static final int MAX_USERS = 6;

  /** Test files an answer names; the rest are counted. */
  public static final int MAX_TESTS = 4;

  static final int MAX_OTHERS = 5;

  /** A type spanning more than this share of its file's lines is what the file is. */
  static final double MAIN_TYPE_SHARE = 0.6;

  /** References read per name. */
  static final int MAX_REFERENCES = 2_000;

  /** Names looked up for users; the first in line order. */
  private static final int NAMES_LOOKED_UP = 40;

  /**
   * The kind of an outline entry that stands for the names one piece of top-level code binds; its
   * symbol lists them, comma-separated.
   */
  public static final String NAMES_KIND = "names";

  public FileOverview {
    definitions = List.copyOf(definitions);
    members = List.copyOf(members);
    users = List.copyOf(users);
    tests = List.copyOf(tests);
    others = List.copyOf(others);
  }

  /** A file that uses the described one, with how many of its chunks do. */
  public record Use(String path, int places) {}

  /** The places an answer cites: the description, the definitions, then the main type's members. */
  public List<Location> locations() {
    List<Location> out = new ArrayList<>();
    description.ifPresent(out::add);
    out.addAll(definitions);
    out.addAll(members);
    return out;
  }

  /**
   * The indexed files that {@code typed} names: the path itself, or every file whose path ends with
   * it after a '/' (case-insensitive when no case matches). Code before other roles, then shallower
   * paths first. A bare name ("sessions") also names the files of that name with any extension.
   */
  public static List<String> resolve(LexicalIndex index, String typed) {
    if (index.paths().contains(typed)) {
      return List.of(typed);
    }
    String suffix = "/" + typed;
    List<String> found = index.paths().stream().filter(p -> p.endsWith(suffix)).toList();
    if (found.isEmpty()) {
      String lower = suffix.toLowerCase(Locale.ROOT);
      found =
          index.paths().stream().filter(p -> p.toLowerCase(Locale.ROOT).endsWith(lower)).toList();
    }
    if (found.isEmpty() && !typed.contains(".") && !typed.contains("/")) {
      // A module named without its extension ("the sessions module"): sessions.py, sessions.ts.
      String stem = typed.toLowerCase(Locale.ROOT);
      found =
          index.paths().stream()
              .filter(
                  p -> {
                    String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                    int dot = name.lastIndexOf('.');
                    return dot > 0 && name.substring(0, dot).equals(stem);
                  })
              .toList();
    }
    return found.stream()
        .sorted(
            Comparator.comparing((String p) -> FileRole.of(p) != FileRole.CODE)
                .thenComparingInt(p -> p.split("/").length)
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** The overview of {@code path}, which must be indexed; {@code others} are named alongside. */
  public static FileOverview of(LexicalIndex index, String path, List<String> others) {
    List<StoredChunk> chunks = index.chunksOf(path);
    String text = index.fileText(path).orElse("");
    int lines = index.fileLines(path).orElse(0);
    String language = chunks.isEmpty() ? "" : chunks.get(0).language();
    List<Location> defs = definitions(chunks);
    if (defs.isEmpty()) {
      // Code that runs at the top level (a script, an anonymous default export): its chunks.
      defs =
          chunks.stream()
              .filter(c -> c.kind().equals("MODULE") || c.kind().equals("WINDOW"))
              .map(c -> HybridRetriever.toLocation(c, 1))
              .toList();
    }
    Optional<String> mainType = mainType(defs, lines);
    List<Location> members = mainType.map(t -> members(chunks, t)).orElse(List.of());
    Optional<Location> description = describe(path, text, chunks);
    Usage usage = usage(index, names(chunks), path);
    List<Location> shownMembers = publicFirst(members);
    return new FileOverview(
        path,
        language,
        lines,
        description,
        largestInLineOrder(defs, MAX_DEFINITIONS),
        Math.max(0, defs.size() - MAX_DEFINITIONS),
        mainType.filter(t -> !members.isEmpty()),
        shownMembers,
        members.size() - shownMembers.size(),
        usage.users(),
        usage.tests(),
        FileImports.of(path, text, index.paths(), index::fileText),
        others.subList(0, Math.min(MAX_OTHERS, others.size())));
  }

  /**
   * The {@code max} longest of {@code defs}, in line order: when not all fit, the substantial ones
   * are shown, not the first ones (zustand's devtools.ts opens with ten one-line type aliases, and
   * its middleware, {@code devtoolsImpl}, came after the cut).
   */
  static List<Location> largestInLineOrder(List<Location> defs, int max) {
    if (defs.size() <= max) {
      return defs;
    }
    return defs.stream()
        .sorted(
            java.util.Comparator.comparingInt((Location l) -> l.endLine() - l.startLine())
                .reversed())
        .limit(max)
        .sorted(java.util.Comparator.comparingInt(Location::startLine))
        .toList();
  }

  /**
   * Top-level definitions, each spanning all its chunks (a long class is split into a header and
   * its members); in a document, its sections.
   */
  static List<Location> definitions(List<StoredChunk> chunks) {
    Map<String, List<StoredChunk>> byTop = new LinkedHashMap<>();
    for (StoredChunk c : chunks) {
      if (!c.kind().equals("TYPE") && !c.kind().equals("FUNCTION")) {
        continue;
      }
      String q = qualified(c);
      if (!q.isEmpty()) {
        int dot = q.indexOf('.');
        byTop.computeIfAbsent(dot < 0 ? q : q.substring(0, dot), k -> new ArrayList<>()).add(c);
      }
    }
    List<Location> top = new ArrayList<>();
    for (Map.Entry<String, List<StoredChunk>> e : byTop.entrySet()) {
      List<StoredChunk> group = e.getValue();
      StoredChunk head =
          group.stream()
              .filter(c -> qualified(c).equals(e.getKey()))
              .findFirst()
              .orElse(group.get(0));
      int start = group.stream().mapToInt(StoredChunk::startLine).min().orElse(head.startLine());
      int end = group.stream().mapToInt(StoredChunk::endLine).max().orElse(head.endLine());
      Location l = HybridRetriever.toLocation(head, 1);
      top.add(
          new Location(
              l.path(), start, end, e.getKey(), l.kind(), l.signature(), l.doc(), 1, l.snippet()));
    }
    // Names bound at the top level (flask's `request`, a module's constants) are definitions too.
    for (StoredChunk c : chunks) {
      if (c.kind().equals("MODULE") && !c.names().isEmpty()) {
        Location l = HybridRetriever.toLocation(c, 1);
        top.add(
            new Location(
                l.path(),
                l.startLine(),
                l.endLine(),
                String.join(", ", c.names()),
                NAMES_KIND,
                "",
                "",
                1,
                l.snippet()));
      }
    }
    top.sort(Comparator.comparingInt(Location::startLine));
    if (top.isEmpty()) {
      // A document: its sections stand for its definitions.
      return chunks.stream()
          .filter(c -> c.kind().equals("SECTION") && !c.symbol().isEmpty())
          .map(c -> HybridRetriever.toLocation(c, 1))
          .toList();
    }
    return top;
  }

  /** The type spanning more than {@value #MAIN_TYPE_SHARE} of the file's lines, if one does. */
  private static Optional<String> mainType(List<Location> defs, int lines) {
    return defs.stream()
        .filter(d -> d.kind().equals("type"))
        .filter(d -> d.endLine() - d.startLine() + 1 > MAIN_TYPE_SHARE * Math.max(1, lines))
        .map(Location::symbol)
        .findFirst();
  }

  /** The functions inside {@code type} that are chunks of their own, once each, in line order. */
  static List<Location> members(List<StoredChunk> chunks, String type) {
    Set<String> seen = new LinkedHashSet<>();
    List<Location> out = new ArrayList<>();
    for (StoredChunk c : chunks) {
      String q = qualified(c);
      if (c.kind().equals("FUNCTION") && q.startsWith(type + ".") && seen.add(q)) {
        out.add(HybridRetriever.toLocation(c, 1));
      }
    }
    return out;
  }

  /**
   * At most {@value #MAX_DEFINITIONS} members in line order; when there are more, private ones
   * ({@code _name}, but not {@code __init__}) give way first.
   */
  static List<Location> publicFirst(List<Location> members) {
    if (members.size() <= MAX_DEFINITIONS) {
      return members;
    }
    List<Location> ranked = new ArrayList<>(members);
    ranked.sort(Comparator.comparing(FileOverview::isPrivate));
    List<Location> kept = new ArrayList<>(ranked.subList(0, MAX_DEFINITIONS));
    kept.sort(Comparator.comparingInt(Location::startLine));
    return kept;
  }

  private static boolean isPrivate(Location member) {
    String name = member.symbol().substring(member.symbol().lastIndexOf('.') + 1);
    return name.startsWith("_") && !(name.startsWith("__") && name.endsWith("__"));
  }

  static String qualified(StoredChunk c) {
    return c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName();
  }

  /** Code files that use some names, most places first, and test files that do. */
  record Usage(List<Use> users, List<String> tests) {}

  /**
   * Which files refer to {@code names} (defined in {@code path}), by how many chunks; names that
   * code in another file defines too are not counted, their references being ambiguous.
   */
  static Usage usage(LexicalIndex index, List<String> names, String path) {
    Map<String, Integer> usedBy = new HashMap<>();
    for (String name : names) {
      if (definedElsewhere(index, name, path)) {
        continue;
      }
      Set<Integer> seen = new HashSet<>();
      boolean type = typeLike(name);
      Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
      // References are matched ignoring case: dayjs's 140 locale files `import dayjs`, which is
      // not its class Dayjs. A type's name must be written as it is.
      index.references(name, MAX_REFERENCES).stream()
          .filter(h -> !h.path().equals(path) && !seen.contains(h.ord()))
          .filter(h -> !type || word.matcher(index.chunk(h.ord()).text()).find())
          .forEach(
              h -> {
                seen.add(h.ord());
                usedBy.merge(h.path(), 1, Integer::sum);
              });
      if (type) {
        // A type is used where it is declared too (a field, a parameter, a cast), not only
        // where it is constructed or its members are reached: those uses are no references.
        index.mentions(name, MAX_REFERENCES).stream()
            .filter(h -> !h.path().equals(path) && !seen.contains(h.ord()))
            .filter(
                h ->
                    word.matcher(CodeText.withoutCommentsAndStrings(index.chunk(h.ord()).text()))
                        .find())
            .forEach(
                h -> {
                  seen.add(h.ord());
                  usedBy.merge(h.path(), 1, Integer::sum);
                });
      }
    }
    List<Use> users = new ArrayList<>();
    List<String> tests = new ArrayList<>();
    usedBy.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            e -> {
              FileRole role = FileRole.of(e.getKey());
              if (role == FileRole.TEST) {
                tests.add(e.getKey());
              } else if (role == FileRole.CODE) {
                users.add(new Use(e.getKey(), e.getValue()));
              }
            });
    return new Usage(users.subList(0, Math.min(MAX_USERS, users.size())), tests);
  }

  /** A name written as types are: a capital, then a lower-case letter somewhere ({@code Gson}). */
  static boolean typeLike(String name) {
    return name.length() > 1
        && Character.isUpperCase(name.charAt(0))
        && !name.equals(name.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether code in another file defines {@code name} too (a Markdown heading, a test's or an
   * example's own class of that name does not count).
   */
  private static boolean definedElsewhere(LexicalIndex index, String name, String path) {
    // The index matches names ignoring case; a method jsonReader() is not a class JsonReader.
    return index.definitions(name, 50).stream()
        .filter(h -> !h.path().equals(path) && FileRole.of(h.path()) == FileRole.CODE)
        .map(h -> index.chunk(h.ord()))
        .anyMatch(
            c ->
                (c.kind().equals("TYPE") || c.kind().equals("FUNCTION"))
                    && c.symbol().equals(name));
  }

  /** The top-level names a user of this file would refer to, in line order. */
  private static List<String> names(List<StoredChunk> chunks) {
    Set<String> out = new LinkedHashSet<>();
    for (StoredChunk c : chunks) {
      c.names().stream()
          .filter(n -> n.length() > 2 && !n.startsWith("_"))
          .limit(NAMES_LOOKED_UP - out.size())
          .forEach(out::add);
      if ((c.kind().equals("TYPE") || c.kind().equals("FUNCTION"))
          && qualified(c).indexOf('.') < 0
          && c.symbol().length() > 2
          && !c.symbol().startsWith("__")
          && !c.symbol().equals("main")) {
        out.add(c.symbol());
      }
      if (out.size() == NAMES_LOOKED_UP) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where a file says what it is: its leading docstring or comment, else the doc comment of its
   * main type.
   */
  static Optional<Location> describe(String path, String text, List<StoredChunk> chunks) {
    return LeadingDoc.of(text)
        .map(
            d ->
                new Location(path, d.startLine(), d.endLine(), "", "doc", "", d.text(), 1, d.raw()))
        .or(() -> mainTypeDoc(path, chunks));
  }

  /**
   * The doc comment of the type named like the file, or of its only type when that type makes up
   * most of the file.
   */
  private static Optional<Location> mainTypeDoc(String path, List<StoredChunk> chunks) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    String stem = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
    Map<String, StoredChunk> types = new LinkedHashMap<>();
    chunks.stream()
        .filter(c -> c.kind().equals("TYPE") && qualified(c).indexOf('.') < 0)
        .forEach(c -> types.putIfAbsent(qualified(c), c));
    int lines = chunks.stream().mapToInt(StoredChunk::endLine).max().orElse(1);
    return types.values().stream()
        .filter(c -> c.symbol().equalsIgnoreCase(stem))
        .findFirst()
        .or(
            () ->
                types.size() == 1
                        && extent(chunks, types.keySet().iterator().next())
                            > MAIN_TYPE_SHARE * lines
                    ? Optional.of(types.values().iterator().next())
                    : Optional.empty())
        .filter(c -> c.doc() != null && !c.doc().isBlank())
        .map(c -> HybridRetriever.toLocation(c, 1));
  }

  /** Lines from the first to the last chunk of {@code type} and its members. */
  private static int extent(List<StoredChunk> chunks, String type) {
    List<StoredChunk> of =
        chunks.stream()
            .filter(c -> qualified(c).equals(type) || qualified(c).startsWith(type + "."))
            .toList();
    int start = of.stream().mapToInt(StoredChunk::startLine).min().orElse(0);
    int end = of.stream().mapToInt(StoredChunk::endLine).max().orElse(-1);
    return end - start + 1;
  }
}
