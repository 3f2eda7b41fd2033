package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the code uses but does not define, because it comes from a package outside the codebase:
 * Express's {@code Router} ({@code var Router = require('router')}), requests' {@code urllib3}.
 * People reading code that uses libraries they have never seen ask about such names ("where does
 * Router come from?"); searched by its words, the question found Express's {@code route} proxy,
 * which says "Router" in its doc, and never said that Router is not Express's code.
 *
 * @param name the name as the question writes it
 * @param module the package or module it is imported from ({@code router}, {@code urllib3})
 * @param importedAt the first import of it, cited at its line
 * @param files how many files import it
 * @param declaredAt the line of the build file that declares the package, or null
 */
public record ImportedName(
    String name, String module, Location importedAt, int files, Location declaredAt) {

  /** "What is X?", "where does X come from?", "what does X do?": X, one word. */
  private static final Pattern ASKED =
      Pattern.compile(
          "(?i)^\\s*(?:what\\s+(?:is|are|does)|where\\s+(?:is|are|does|do)|who\\s+provides"
              + "|which\\s+package\\s+(?:provides|defines))\\s+(?:the\\s+)?[`'\"]?"
              + "([A-Za-z_$][\\w$]*)[`'\"]?"
              + "(?:\\s+(?:come\\s+from|from|defined|declared|imported|do|for|mean))?\\s*\\??\\s*$");

  /** Files that declare a project's dependencies. */
  private static final Pattern MANIFEST =
      Pattern.compile(
          "(?:^|/)(?:package\\.json|pyproject\\.toml|setup\\.py|setup\\.cfg|requirements[\\w.-]*\\.txt"
              + "|Pipfile|go\\.mod|pom\\.xml|build\\.gradle(?:\\.kts)?)$");

  /** The words of a question that may be such names: its identifiers and its one asked word. */
  static List<String> asked(AnalyzedQuery q) {
    Set<String> out = new LinkedHashSet<>();
    if (q.identifiers().size() == 1 && !q.identifiers().get(0).contains(".")) {
      out.add(q.identifiers().get(0));
    }
    Matcher m = ASKED.matcher(QueryAnalyzer.firstLine(q.question()));
    if (m.matches()) {
      out.add(m.group(1));
    }
    return new ArrayList<>(out);
  }

  /**
   * Where {@code name} comes from, when the codebase does not define it and imports it from a
   * package outside itself; empty otherwise.
   */
  static Optional<ImportedName> find(String name, LexicalIndex lexical) {
    if (name.length() < 2 || definedHere(name, lexical)) {
      return Optional.empty();
    }
    List<String> paths = lexical.paths();
    String goModule = goModule(lexical, paths);
    List<Pattern> importLines = importLines(name);
    Location first = null;
    String module = null;
    Set<String> files = new LinkedHashSet<>();
    for (LexicalIndex.Hit h : lexical.mentions(name, 200)) {
      StoredChunk c = lexical.chunk(h.ord());
      String[] lines = c.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String from = importedFrom(lines[i], name, importLines);
        if (from != null && external(from, c.path(), paths, goModule)) {
          files.add(c.path());
          // Cited at the product's own import first: gin's docs/doc.md imports it in an example.
          boolean better =
              first == null
                  || (FileRole.of(first.path()) != FileRole.CODE
                      && FileRole.of(c.path()) == FileRole.CODE);
          if (better) {
            module = from;
            int line = c.startLine() + i;
            first = new Location(c.path(), line, line, "", "", "", "", 0, lines[i].strip());
          }
          break;
        }
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ImportedName(name, module, first, files.size(), declared(module, lexical, paths)));
  }

  /**
   * Whether the product's code defines {@code name} (a class, function or type of that name, in its
   * case). Bindings do not count: {@code var Router = require('router')} binds the name it imports.
   */
  private static boolean definedHere(String name, LexicalIndex lexical) {
    return lexical.definitions(name, 50).stream()
        .map(h -> lexical.chunk(h.ord()))
        .anyMatch(c -> name.equals(c.symbol()) && FileRole.of(c.path()) != FileRole.TEST);
  }

  /** The module a line imports {@code name} from, or null when it does not import it. */
  static String importedFrom(String line, String name) {
    return importedFrom(line, name, importLines(name));
  }

  /** The import lines of {@code name}, per language, compiled once for all lines looked at. */
  static List<Pattern> importLines(String name) {
    String n = Pattern.quote(name);
    String w = "(?<![\\w$])" + n + "(?![\\w$])";
    String[] sources = {
      // JavaScript: const Router = require('router'), const { a, Router } = require('x')
      "^\\s*(?:var|let|const)\\s+(?:\\{[^}]*"
          + w
          + "[^}]*\\}|"
          + w
          + ")\\s*=\\s*require\\(\\s*['\"]([^'\"]+)['\"]",
      // import Router from 'router', import { Router } from 'x', import * as Router from 'x'
      "^\\s*import\\s+(?:type\\s+)?(?:[\\w$]+\\s*,\\s*)?(?:\\{[^}]*"
          + w
          + "[^}]*\\}|\\*\\s+as\\s+"
          + n
          + "|"
          + n
          + ")\\s+from\\s+['\"]([^'\"]+)['\"]",
      // Python: from urllib3.util import Retry, import urllib3, import numpy as np
      "^\\s*from\\s+([\\w.]+)\\s+import\\s+.*" + w,
      "^\\s*import\\s+([\\w.]+)\\s+as\\s+" + n + "\\s*$",
      "^\\s*import\\s+((?:[\\w]+\\.)*" + n + ")\\s*$",
      // Java, Kotlin: import okhttp3.OkHttpClient;
      "^\\s*import\\s+(?:static\\s+)?([\\w.]+)\\." + n + "\\s*;?\\s*$",
    };
    return java.util.Arrays.stream(sources).map(Pattern::compile).toList();
  }

  private static String importedFrom(String line, String name, List<Pattern> importLines) {
    if (!line.contains(name)) {
      return null;
    }
    for (Pattern p : importLines) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    // Go: `flag "github.com/spf13/pflag"`, `"github.com/spf13/pflag"` (named by its last element,
    // a major version suffix aside).
    Matcher go = GO_IMPORT.matcher(line);
    if (go.matches()) {
      String path = go.group(2);
      String last = path.replaceFirst("/v\\d+$", "");
      last = last.substring(last.lastIndexOf('/') + 1);
      if (name.equals(go.group(1)) || (go.group(1) == null && name.equals(last))) {
        return path;
      }
    }
    return null;
  }

  /** A Go import spec: an optional name, then the quoted path. */
  private static final Pattern GO_IMPORT =
      Pattern.compile("^\\s*(?:import\\s+)?(?:([\\w.]+)\\s+)?\"([\\w./-]+)\"\\s*$");

  /** Whether {@code module} is a Go import path of a hosted module ({@code github.com/x/y}). */
  private static boolean goPath(String module) {
    int slash = module.indexOf('/');
    return slash > 0 && module.substring(0, slash).contains(".");
  }

  /** The module path go.mod declares for this codebase, or null. */
  private static String goModule(LexicalIndex lexical, List<String> paths) {
    for (String p : paths) {
      if (p.equals("go.mod")) {
        Matcher m =
            Pattern.compile("(?m)^module\\s+(\\S+)").matcher(lexical.fileText(p).orElse(""));
        return m.find() ? m.group(1) : null;
      }
    }
    return null;
  }

  /** Whether {@code module}, imported in {@code file}, lies outside the codebase's files. */
  static boolean external(String module, String file, List<String> paths, String goModule) {
    if (module.startsWith(".") || module.startsWith("/")) {
      return false;
    }
    if (goPath(module)) {
      return goModule == null || !(module + "/").startsWith(goModule + "/");
    }
    String path = module.replace('.', '/');
    String top = module.startsWith("@") ? module : module.split("[./]")[0];
    for (String p : paths) {
      String l = "/" + p;
      if (l.contains("/" + path + "/")
          || l.contains("/" + path + ".")
          || l.contains("/" + top + "/__init__.py")
          || l.endsWith("/" + top + ".py")) {
        return false;
      }
    }
    return true;
  }

  /** The line of a build file that declares the package {@code module} belongs to, or null. */
  private static Location declared(String module, LexicalIndex lexical, List<String> paths) {
    String pkg =
        module.startsWith("@")
            ? String.join("/", java.util.Arrays.asList(module.split("/")).subList(0, 2))
            : goPath(module)
                ? String.join(
                    "/",
                    java.util.Arrays.asList(module.split("/"))
                        .subList(0, Math.min(3, module.split("/").length)))
                : module.split("[./]")[0];
    Pattern word =
        Pattern.compile(
            "(?<![\\w.-])[\"']?" + Pattern.quote(pkg) + "[\"']?(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    // In package.json a dependency is a key ("router": "^2.2.0"), not a keyword in a list.
    Pattern key = Pattern.compile("\"" + Pattern.quote(pkg) + "\"\\s*:");
    for (String p : paths) {
      if (!MANIFEST.matcher(p).find() || p.contains("/node_modules/")) {
        continue;
      }
      Pattern wanted = p.endsWith("package.json") ? key : word;
      String[] lines = lexical.fileText(p).orElse("").split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (wanted.matcher(lines[i]).find() && !lines[i].strip().startsWith("\"name\"")) {
          return new Location(p, i + 1, i + 1, "", "", "", "", 0, lines[i].strip());
        }
      }
    }
    return null;
  }

  /** "`Router` is not defined in this codebase: it is imported from the package `router` …" */
  public String sentence() {
    StringBuilder sb = new StringBuilder();
    sb.append('`')
        .append(name)
        .append("` is not defined in this codebase: it comes from `")
        .append(module)
        .append("`, imported at ")
        .append(importedAt.citation())
        .append(" (`")
        .append(importedAt.snippet())
        .append("`)");
    if (files > 1) {
      sb.append(" and in ").append(files - 1).append(files == 2 ? " other file" : " other files");
    }
    sb.append('.');
    if (declaredAt != null) {
      sb.append(" The project declares it at ")
          .append(declaredAt.citation())
          .append(": `")
          .append(declaredAt.snippet())
          .append("`.");
    }
    return sb.toString();
  }
}
