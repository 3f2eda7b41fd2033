package dev.lantern.query.overview;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.FileRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a newcomer asks first, read from the index: what the codebase says it is (its README's
 * opening), how its code is laid out, and where it starts (declared commands, {@code main}
 * functions, {@code __main__.py}).
 *
 * @param files indexed files
 * @param codeFiles indexed files that are code (not tests, docs or configuration)
 * @param readme the README's title and opening paragraph, when there is one
 * @param areas the code's folders, largest first (at most {@value #MAX_AREAS})
 * @param shares how many test and documentation files there are, and where most of them live
 * @param entryPoints where the program starts, declared commands first
 * @param root the folder holding most of the code, ending in '/', or empty
 * @param central the definitions the rest of the code uses most (see {@link CentralDefinitions})
 */
public record CodebaseOverview(
    int files,
    int codeFiles,
    Optional<Readme> readme,
    List<Area> areas,
    List<Share> shares,
    List<Location> entryPoints,
    String root,
    List<Central> central) {
  static final int MAX_AREAS = 8;
  static final int MAX_ENTRY_POINTS = 6;
  private static final int LARGEST_SHOWN = 3;

  /** More than this share of the code in one folder: the layout is described inside it. */
  private static final double DESCEND_SHARE = 0.7;

  private static final Pattern README =
      Pattern.compile("(?i)readme(\\.(md|markdown|rst|txt|adoc))?");

  public CodebaseOverview {
    areas = List.copyOf(areas);
    shares = List.copyOf(shares);
    entryPoints = List.copyOf(entryPoints);
    central = List.copyOf(central);
  }

  /** A definition the rest of the code leans on, and how many chunks call or import it. */
  public record Central(Location location, int references) {}

  /**
   * Whether something starts the program where most of its code is: a declared command, or a {@code
   * main} in the main code folder. A library has none (its benchmarks and tools may).
   */
  public boolean startsInItsCode() {
    return entryPoints.stream()
        .anyMatch(l -> l.kind().equals("command") || l.path().startsWith(root));
  }

  /**
   * The README's opening.
   *
   * @param title its first heading, or empty
   * @param summary its first paragraph of prose, at most two sentences
   * @param startLine first line of that paragraph, 1-based
   * @param endLine last line of that paragraph
   */
  public record Readme(String path, String title, String summary, int startLine, int endLine) {
    public Location location() {
      return new Location(path, startLine, endLine, title, "section", "", "", 1.0, summary);
    }
  }

  /**
   * A folder of code.
   *
   * @param dir the folder, ending in '/', or empty for the repository root
   * @param direct true when only the files directly in {@code dir} are counted (its subfolders are
   *     areas of their own)
   * @param files code files counted
   * @param largest the file names of the largest of them (most chunks: definitions and windows)
   */
  public record Area(String dir, boolean direct, int files, List<String> largest) {
    public Area {
      largest = List.copyOf(largest);
    }
  }

  /**
   * Files of one role other than code.
   *
   * @param home the top folder that holds most of them, ending in '/', or empty when none does
   */
  public record Share(FileRole role, int files, String home) {}

  /** Reads the overview of an open index. */
  public static CodebaseOverview of(LexicalIndex lexical) {
    List<String> paths = lexical.paths();
    Map<FileRole, List<String>> byRole = new EnumMap<>(FileRole.class);
    for (String p : paths) {
      byRole.computeIfAbsent(FileRole.of(p), r -> new ArrayList<>()).add(p);
    }
    Optional<Readme> readme =
        paths.stream()
            .filter(p -> README.matcher(name(p)).matches())
            .min(Comparator.comparingInt(CodebaseOverview::depth).thenComparing(String::length))
            .flatMap(p -> lexical.fileText(p).flatMap(t -> ReadmeText.opening(p, t)));
    List<Share> shares = new ArrayList<>();
    for (FileRole role : List.of(FileRole.TEST, FileRole.DOC)) {
      List<String> of = byRole.getOrDefault(role, List.of());
      if (!of.isEmpty()) {
        shares.add(new Share(role, of.size(), home(of)));
      }
    }
    List<String> code = byRole.getOrDefault(FileRole.CODE, List.of());
    Map<String, Integer> chunks = lexical.chunksPerFile();
    Layout layout = layout(code, p -> chunks.getOrDefault(p, 0));
    return new CodebaseOverview(
        paths.size(),
        code.size(),
        readme,
        layout.areas(),
        shares,
        EntryPoints.find(lexical, paths, layout.root()),
        layout.root(),
        CentralDefinitions.find(lexical, layout.root()));
  }

  /**
   * The places the overview cites: the README's opening, where the program starts, then the
   * definitions the code uses most.
   */
  public List<Location> locations() {
    List<Location> out = new ArrayList<>();
    readme.ifPresent(r -> out.add(r.location()));
    out.addAll(entryPoints);
    central.forEach(c -> out.add(c.location()));
    return out;
  }

  /** A size of each file, to find the largest. */
  @FunctionalInterface
  interface Sizes {
    int of(String path);
  }

  /**
   * Where the code lives.
   *
   * @param root the folder holding most of the code ({@code src/flask/}), or empty
   * @param areas its folders, largest first, then the folders beside it
   */
  record Layout(String root, List<Area> areas) {}

  /**
   * The folders of {@code code}: while one folder holds most of the code, the description moves
   * into it ({@code src/}, then {@code src/flask/}); the folders left beside it on the way are
   * areas too.
   */
  static Layout layout(List<String> code, Sizes lines) {
    String root = "";
    List<String> under = code;
    List<Area> beside = new ArrayList<>();
    while (true) {
      Map<String, List<String>> children = children(root, under);
      List<String> direct = children.remove("");
      String biggest =
          children.entrySet().stream()
              .max(Comparator.comparingInt(e -> e.getValue().size()))
              .map(Map.Entry::getKey)
              .orElse(null);
      if (biggest == null || children.get(biggest).size() < DESCEND_SHARE * under.size()) {
        List<Area> out = new ArrayList<>();
        if (direct != null) {
          out.add(area(root, true, direct, lines));
        }
        for (Map.Entry<String, List<String>> e : children.entrySet()) {
          out.add(area(root + e.getKey() + "/", false, e.getValue(), lines));
        }
        out.sort(Comparator.comparingInt(Area::files).reversed());
        beside.sort(Comparator.comparingInt(Area::files).reversed());
        out.addAll(beside);
        return new Layout(root, out.subList(0, Math.min(MAX_AREAS, out.size())));
      }
      if (direct != null) {
        beside.add(area(root, true, direct, lines));
      }
      for (Map.Entry<String, List<String>> e : children.entrySet()) {
        if (!e.getKey().equals(biggest)) {
          beside.add(area(root + e.getKey() + "/", false, e.getValue(), lines));
        }
      }
      root = root + biggest + "/";
      under = children.get(biggest);
    }
  }

  /** Files under {@code root} by their next folder; files directly in it under "". */
  private static Map<String, List<String>> children(String root, List<String> files) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String f : files) {
      String rest = f.substring(root.length());
      int slash = rest.indexOf('/');
      out.computeIfAbsent(slash < 0 ? "" : rest.substring(0, slash), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  private static Area area(String dir, boolean direct, List<String> files, Sizes lines) {
    List<String> largest =
        files.stream()
            .sorted(
                Comparator.comparingInt((String f) -> lines.of(f))
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .limit(LARGEST_SHOWN)
            .map(CodebaseOverview::name)
            .toList();
    return new Area(dir, direct, files.size(), largest);
  }

  /** The top folder holding more than half of {@code files}, or empty. */
  private static String home(List<String> files) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String f : files) {
      int slash = f.indexOf('/');
      counts.merge(slash < 0 ? "" : f.substring(0, slash + 1), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty() && e.getValue() * 2 > files.size())
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }
}
