package dev.lantern.query.overview;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.FileRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One folder as a newcomer wants it described, read from the index: what it says it is (a README in
 * it, or its package's doc: {@code __init__.py}, {@code package-info.java}, {@code doc.go}, {@code
 * index.js}), its files with what each says it is, and its subfolders.
 *
 * @param dir the folder, ending in '/'
 * @param files indexed files under it, at any depth
 * @param description where the folder says what it is, when it does
 * @param entries files directly in it, code first and larger first, at most {@value #MAX_ENTRIES}
 * @param moreEntries how many more files lie directly in it
 * @param subfolders folders directly in it, with how many files each holds
 * @param others other folders of the same name, when the question gave only a name
 */
public record FolderOverview(
    String dir,
    int files,
    Optional<Location> description,
    List<Entry> entries,
    int moreEntries,
    List<Subfolder> subfolders,
    List<String> others) {
  static final int MAX_ENTRIES = 12;
  static final int MAX_SUBFOLDERS = 12;

  private static final Pattern README =
      Pattern.compile("(?i)readme(\\.(md|markdown|rst|txt|adoc))?");

  private static final Set<String> PACKAGE_DOC =
      Set.of(
          "__init__.py", "package-info.java", "doc.go", "index.js", "index.ts", "mod.rs", "lib.rs");

  public FolderOverview {
    entries = List.copyOf(entries);
    subfolders = List.copyOf(subfolders);
    others = List.copyOf(others);
  }

  /**
   * A file in the folder.
   *
   * @param path its path
   * @param lines its number of lines
   * @param description where it says what it is, when it does
   */
  public record Entry(String path, int lines, Optional<Location> description) {}

  /** A folder inside the described one, ending in '/', and the files under it. */
  public record Subfolder(String dir, int files) {}

  /** The places an answer cites: the folder's description, then its files' descriptions. */
  public List<Location> locations() {
    List<Location> out = new ArrayList<>();
    description.ifPresent(out::add);
    entries.forEach(e -> e.description().filter(d -> !out.contains(d)).ifPresent(out::add));
    return out;
  }

  /**
   * The folders of the index that {@code typed} names ("src/flask/json", "json/"): the folder
   * itself, or every folder whose path ends with it. Folders holding code first, then shallower
   * ones; each ends in '/'.
   */
  public static List<String> resolve(LexicalIndex index, String typed) {
    String t = typed.replaceAll("^/+|/+$", "");
    if (t.isEmpty()) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    String lower = "/" + t.toLowerCase(Locale.ROOT) + "/";
    for (String p : index.paths()) {
      String l = "/" + p.toLowerCase(Locale.ROOT);
      for (int i = l.indexOf(lower); i >= 0; i = l.indexOf(lower, i + 1)) {
        found.add(p.substring(0, i + lower.length() - 1));
      }
    }
    Map<String, Boolean> code = new LinkedHashMap<>();
    for (String d : found) {
      code.put(
          d,
          index.paths().stream().anyMatch(p -> p.startsWith(d) && FileRole.of(p) == FileRole.CODE));
    }
    return found.stream()
        .sorted(
            Comparator.comparing((String d) -> !code.get(d))
                .thenComparingInt(CodebaseOverview::depth)
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** The overview of {@code dir} (ending in '/'); {@code others} are named alongside. */
  public static FolderOverview of(LexicalIndex index, String dir, List<String> others) {
    List<String> under = index.paths().stream().filter(p -> p.startsWith(dir)).toList();
    List<String> direct = new ArrayList<>();
    Map<String, Integer> subfolders = new LinkedHashMap<>();
    for (String p : under) {
      String rest = p.substring(dir.length());
      int slash = rest.indexOf('/');
      if (slash < 0) {
        direct.add(p);
      } else {
        subfolders.merge(dir + rest.substring(0, slash + 1), 1, Integer::sum);
      }
    }
    Map<String, Integer> lines = new HashMap<>();
    direct.forEach(p -> lines.put(p, index.fileLines(p).orElse(0)));
    direct.sort(
        Comparator.comparing((String p) -> FileRole.of(p) != FileRole.CODE)
            .thenComparing(Comparator.comparingInt(lines::get).reversed())
            .thenComparing(Comparator.naturalOrder()));
    List<Entry> entries = new ArrayList<>();
    for (String p : direct.subList(0, Math.min(MAX_ENTRIES, direct.size()))) {
      entries.add(
          new Entry(
              p,
              lines.get(p),
              FileOverview.describe(p, index.fileText(p).orElse(""), index.chunksOf(p))));
    }
    Optional<Location> description =
        direct.stream()
            .filter(p -> README.matcher(CodebaseOverview.name(p)).matches())
            .findFirst()
            .flatMap(p -> index.fileText(p).flatMap(t -> ReadmeText.opening(p, t)))
            .map(CodebaseOverview.Readme::location)
            .or(
                () ->
                    entries.stream()
                        .filter(e -> PACKAGE_DOC.contains(CodebaseOverview.name(e.path())))
                        .flatMap(e -> e.description().stream())
                        .findFirst());
    List<Subfolder> subs =
        subfolders.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(MAX_SUBFOLDERS)
            .map(e -> new Subfolder(e.getKey(), e.getValue()))
            .toList();
    return new FolderOverview(
        dir,
        under.size(),
        description,
        entries,
        direct.size() - entries.size(),
        subs,
        others.subList(0, Math.min(FileOverview.MAX_OTHERS, others.size())));
  }
}
