package dev.lantern.query.overview;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.FileRole;
import dev.lantern.query.retrieve.HybridRetriever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
 */
public record CodebaseOverview(
    int files,
    int codeFiles,
    Optional<Readme> readme,
    List<Area> areas,
    List<Share> shares,
    List<Location> entryPoints) {
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
        EntryPoints.find(lexical, paths, layout.root()));
  }

  /** The places the overview cites: the README's opening, then where the program starts. */
  public List<Location> locations() {
    List<Location> out = new ArrayList<>();
    readme.ifPresent(r -> out.add(r.location()));
    out.addAll(entryPoints);
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

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }

  /** The README's title and its first paragraph of prose. */
  static final class ReadmeText {
    private static final int MAX_SUMMARY = 400;
    private static final int MIN_WORDS = 6;
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^*#+`'\"])\\1{2,}\\s*$");
    private static final Pattern HTML_HEADING =
        Pattern.compile("(?is)<h([1-3])[^>]*>(.*?)</h\\1\\s*>");
    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)</?[A-Za-z][^>]*>");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern MD_LINK =
        Pattern.compile("\\[([^\\]]*)\\](\\([^)]*\\)|\\[[^\\]]*\\])?");
    private static final Pattern RST_LINK = Pattern.compile("`([^`<]+?)\\s*(<[^>]*>)?`_{1,2}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}[\\p{L}'.-]*");

    /** Headings that open a section rather than name the project. */
    private static final java.util.Set<String> SECTION_TITLES =
        java.util.Set.of(
            "overview", "introduction", "about", "description", "summary", "readme", "intro");

    private ReadmeText() {}

    /**
     * The title (the first Markdown, underlined or HTML heading) and the first paragraph that reads
     * as prose once markup is gone: badges, images, language menus ("English | 简体中文"), directives
     * and lists are passed over.
     */
    static Optional<Readme> opening(String path, String text) {
      String[] lines = text.split("\r?\n", -1);
      String title = "";
      boolean fenced = false;
      int i = 0;
      while (i < lines.length) {
        String line = lines[i].strip();
        if (line.startsWith("```") || line.startsWith("~~~")) {
          fenced = !fenced;
          i++;
          continue;
        }
        if (fenced || line.isEmpty() || UNDERLINE.matcher(line).matches()) {
          i++;
          continue;
        }
        Matcher h = MD_HEADING.matcher(line);
        if (h.matches()) {
          title = title.isEmpty() ? clean(h.group(1)) : title;
          i++;
          continue;
        }
        if (i + 1 < lines.length && UNDERLINE.matcher(lines[i + 1].strip()).matches()) {
          title = title.isEmpty() ? clean(line) : title;
          i += 2;
          continue;
        }
        int start = i;
        List<String> para = new ArrayList<>();
        while (i < lines.length && !lines[i].isBlank()) {
          para.add(lines[i]);
          i++;
        }
        String raw = HTML_COMMENT.matcher(String.join("\n", para)).replaceAll(" ");
        // An HTML heading (<h1>Gson</h1>) names the project like a Markdown one.
        Matcher hh = HTML_HEADING.matcher(raw);
        if (hh.find()) {
          title = title.isEmpty() ? clean(hh.group(2)) : title;
          raw = HTML_HEADING.matcher(raw).replaceAll("\n");
        }
        if (!listOrDirective(line)) {
          String prose = clean(raw.replaceAll("(?m)^\\s*>\\s?", ""));
          if (reads(prose)) {
            String summary = summary(prose);
            int[] range = linesOf(summary, lines, start, i - 1);
            String name =
                SECTION_TITLES.contains(title.toLowerCase(java.util.Locale.ROOT)) ? "" : title;
            return Optional.of(new Readme(path, name, summary, range[0] + 1, range[1] + 1));
          }
        }
      }
      return Optional.empty();
    }

    /** Lists, link definitions, tables and reStructuredText directives are not an introduction. */
    private static boolean listOrDirective(String first) {
      return first.startsWith("..")
          || first.startsWith("|")
          || first.startsWith(":")
          || first.startsWith("- ")
          || first.startsWith("* ")
          || first.startsWith("+ ")
          || first.matches("^\\[[^\\]]+\\]:.*")
          || first.matches("^\\d+\\.\\s.*");
    }

    /** Enough words, mostly words, and not a menu of alternatives. */
    private static boolean reads(String prose) {
      String[] tokens = prose.split("\\s+");
      long words = java.util.Arrays.stream(tokens).filter(t -> WORD.matcher(t).lookingAt()).count();
      long bars = prose.chars().filter(c -> c == '|').count();
      return words >= MIN_WORDS && words * 10 >= tokens.length * 6L && bars <= 1;
    }

    /**
     * The lines of {@code from..to} that the summary quotes: from the first line whose text starts
     * it, as many lines as its length takes; the whole paragraph when no line can be matched.
     */
    private static int[] linesOf(String summary, String[] lines, int from, int to) {
      for (int r = from; r <= to; r++) {
        String c = clean(lines[r]);
        if (c.length() >= 3 && summary.startsWith(c.substring(0, Math.min(20, c.length())))) {
          int end = r;
          int covered = c.length();
          while (covered + 1 < summary.length() && end < to) {
            end++;
            covered += clean(lines[end]).length() + 1;
          }
          return new int[] {r, end};
        }
      }
      return new int[] {from, to};
    }

    private static String clean(String s) {
      String out = HTML_COMMENT.matcher(s).replaceAll(" ");
      out = HTML_TAG.matcher(out).replaceAll(" ");
      out = MD_IMAGE.matcher(out).replaceAll(" ");
      out = MD_LINK.matcher(out).replaceAll("$1");
      out = RST_LINK.matcher(out).replaceAll("$1");
      out = out.replace("**", "").replace("``", "`").replace("&nbsp;", " ").replace("&amp;", "&");
      return out.replaceAll("\\s+", " ").strip();
    }

    /** The first two sentences, at most {@value #MAX_SUMMARY} characters. */
    private static String summary(String para) {
      Matcher m = SENTENCE_END.matcher(para);
      int end = para.length();
      int sentences = 0;
      while (m.find()) {
        if (++sentences == 2) {
          end = m.start() + 1;
          break;
        }
      }
      String s = para.substring(0, end).strip();
      if (s.length() > MAX_SUMMARY) {
        int cut = s.lastIndexOf(' ', MAX_SUMMARY);
        s = s.substring(0, cut > 0 ? cut : MAX_SUMMARY) + "…";
      }
      return s;
    }
  }

  /** Where a program starts: declared commands, main functions, {@code __main__.py}. */
  static final class EntryPoints {
    private static final Pattern TOML_SECTION = Pattern.compile("^\\s*\\[([^\\]]+)\\]\\s*$");
    private static final Pattern TOML_SCRIPT =
        Pattern.compile("^\\s*(scripts\\.)?\"?([\\w.-]+)\"?\\s*=\\s*[\"']([\\w.]+:[\\w.]+)[\"']");
    private static final Pattern CFG_SCRIPT =
        Pattern.compile("^\\s*([\\w.-]+)\\s*=\\s*([\\w.]+:[\\w.]+)\\s*$");
    private static final Pattern SETUP_PY_SCRIPT =
        Pattern.compile("[\"']([\\w.-]+)\\s*=\\s*([\\w.]+:[\\w.]+)[\"']");
    private static final Pattern JSON_STRING_ENTRY =
        Pattern.compile("^\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");

    private EntryPoints() {}

    /**
     * Declared commands first; then {@code main} functions and {@code __main__.py} files, those
     * under {@code root} (where most of the code is) before scripts and tools elsewhere.
     */
    static List<Location> find(LexicalIndex lexical, List<String> paths, String root) {
      List<Location> out = new ArrayList<>();
      for (String p : paths) {
        if (depth(p) > 1) {
          continue;
        }
        String name = name(p);
        if (name.equals("pyproject.toml")
            || name.equals("setup.cfg")
            || name.equals("setup.py")
            || name.equals("package.json")) {
          lexical.fileText(p).ifPresent(t -> out.addAll(declared(p, t)));
        }
      }
      List<Location> starts = new ArrayList<>();
      for (LexicalIndex.Hit h : lexical.definitions("main", 50)) {
        StoredChunk c = lexical.chunk(h.ord());
        // Exactly main (not a class Main or its constructor), and a function.
        if (FileRole.of(h.path()) == FileRole.CODE
            && c.symbol().equals("main")
            && c.kind().equalsIgnoreCase("function")) {
          starts.add(HybridRetriever.toLocation(c, 0));
        }
      }
      for (String p : paths) {
        if (name(p).equals("__main__.py") && FileRole.of(p) == FileRole.CODE) {
          int n = lexical.fileLines(p).orElse(1);
          starts.add(new Location(p, 1, Math.max(1, n), "", "module", "", "", 0, ""));
        }
      }
      starts.sort(Comparator.comparing((Location l) -> !l.path().startsWith(root)));
      out.addAll(starts);
      List<Location> distinct = new ArrayList<>();
      for (Location l : out) {
        if (distinct.stream().noneMatch(d -> d.overlaps(l))) {
          distinct.add(l);
        }
      }
      return distinct.subList(0, Math.min(MAX_ENTRY_POINTS, distinct.size()));
    }

    /**
     * Commands a package declares: {@code [project.scripts]} or {@code [tool.poetry.scripts]} in
     * pyproject.toml, {@code console_scripts} in setup.cfg or setup.py, {@code bin} and {@code
     * main} in package.json. Each is a one-line location named after the command.
     */
    static List<Location> declared(String path, String text) {
      String[] lines = text.split("\r?\n", -1);
      List<Location> out = new ArrayList<>();
      String name = name(path);
      String section = "";
      boolean inScripts = false;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        Matcher m = null;
        switch (name) {
          case "pyproject.toml" -> {
            Matcher s = TOML_SECTION.matcher(line);
            if (s.matches()) {
              section = s.group(1).strip();
              continue;
            }
            boolean scripts =
                section.equals("project.scripts") || section.equals("tool.poetry.scripts");
            boolean dotted =
                (section.equals("project") || section.equals("tool.poetry"))
                    && line.strip().startsWith("scripts.");
            if (scripts || dotted) {
              Matcher t = TOML_SCRIPT.matcher(line);
              if (t.find()) {
                out.add(command(path, i + 1, t.group(2), t.group(3), line));
              }
            }
          }
          case "setup.cfg" -> {
            if (line.strip().startsWith("console_scripts")) {
              inScripts = true;
              continue;
            }
            if (inScripts && !line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
              inScripts = false;
            }
            if (inScripts) {
              m = CFG_SCRIPT.matcher(line);
            }
          }
          case "setup.py" -> {
            if (line.contains("console_scripts")) {
              inScripts = true;
            }
            if (inScripts) {
              m = SETUP_PY_SCRIPT.matcher(line);
            }
          }
          default -> {
            // package.json: "main" at the top, and the entries of "bin".
            String stripped = line.strip();
            if (stripped.startsWith("\"bin\"")) {
              Matcher single = JSON_STRING_ENTRY.matcher(line);
              if (single.find()) {
                out.add(command(path, i + 1, "bin", single.group(2), line));
              } else {
                inScripts = true;
              }
              continue;
            }
            if (inScripts && stripped.startsWith("}")) {
              inScripts = false;
              continue;
            }
            Matcher e = JSON_STRING_ENTRY.matcher(line);
            if (e.find() && (inScripts || e.group(1).equals("main") && indent(line) <= 2)) {
              out.add(command(path, i + 1, e.group(1), e.group(2), line));
            }
          }
        }
        if (m != null && m.find()) {
          out.add(command(path, i + 1, m.group(1), m.group(2), line));
        }
      }
      return out;
    }

    private static int indent(String line) {
      int n = 0;
      while (n < line.length() && line.charAt(n) == ' ') {
        n++;
      }
      return n;
    }

    private static Location command(
        String path, int line, String name, String target, String text) {
      return new Location(
          path, line, line, name, "command", name + " \u2192 " + target, "", 0, text.strip());
    }
  }
}
