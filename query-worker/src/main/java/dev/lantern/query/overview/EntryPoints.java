package dev.lantern.query.overview;

import static dev.lantern.query.overview.CodebaseOverview.depth;
import static dev.lantern.query.overview.CodebaseOverview.name;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.FileRole;
import dev.lantern.query.retrieve.HybridRetriever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a program starts: declared commands, main functions, {@code __main__.py}. */
final class EntryPoints {
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
   * Declared commands first; then {@code main} functions and {@code __main__.py} files, those under
   * {@code root} (where most of the code is) before scripts and tools elsewhere.
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
    return distinct.subList(0, Math.min(CodebaseOverview.MAX_ENTRY_POINTS, distinct.size()));
  }

  /**
   * Commands a package declares: {@code [project.scripts]} or {@code [tool.poetry.scripts]} in
   * pyproject.toml, {@code console_scripts} in setup.cfg or setup.py, {@code bin} and {@code main}
   * in package.json. Each is a one-line location named after the command.
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

  private static Location command(String path, int line, String name, String target, String text) {
    return new Location(
        path, line, line, name, "command", name + " \u2192 " + target, "", 0, text.strip());
  }
}
