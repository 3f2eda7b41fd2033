package dev.lantern.query.overview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file imports, read from its text (Python, JavaScript/TypeScript, Java/Kotlin, Go): the
 * indexed files it names, and the modules from outside the codebase.
 *
 * @param files indexed files it imports, in the order it names them; a Go import names a package,
 *     which is a folder, given with a trailing slash ({@code internal/config/})
 * @param external modules it imports that are not in the index (the standard library, packages)
 */
public record FileImports(List<String> files, List<String> external) {
  private static final Pattern PY_FROM =
      Pattern.compile(
          "^[ \\t]*from[ \\t]+(\\.*)([\\w.]*)[ \\t]+import[ \\t]+(?:\\(([^)]*)\\)|([\\w \\t,]*))",
          Pattern.MULTILINE);
  private static final Pattern PY_IMPORT =
      Pattern.compile(
          "^[ \\t]*import[ \\t]+([\\w.]+(?:[ \\t]*,[ \\t]*[\\w.]+)*)", Pattern.MULTILINE);
  private static final Pattern JS_FROM =
      Pattern.compile(
          "(?:^\\s*(?:import|export)\\b[^'\"`;]*?from\\s*|^\\s*import\\s*|\\brequire\\(\\s*|"
              + "\\bimport\\(\\s*)['\"]([^'\"]+)['\"]",
          Pattern.MULTILINE);
  private static final Pattern JAVA_IMPORT =
      Pattern.compile(
          "^\\s*import\\s+(?:static\\s+)?([\\w.]+)(\\.\\*)?\\s*;?\\s*$", Pattern.MULTILINE);

  /** {@code import "fmt"}, {@code import f "fmt"}, or a block {@code import ( … )}. */
  private static final Pattern GO_IMPORT =
      Pattern.compile(
          "^[ \\t]*import[ \\t]*(?:\\(([^)]*)\\)|(?:[\\w.]+[ \\t]+)?\"([^\"]+)\")",
          Pattern.MULTILINE);

  private static final Pattern GO_MODULE =
      Pattern.compile("^\\s*module\\s+\"?([^\\s\"]+)", Pattern.MULTILINE);

  private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]+)\"");

  private static final Pattern TRIPLE_QUOTED = Pattern.compile("(?s)\"\"\".*?\"\"\"|'''.*?'''");

  private static final List<String> JS_EXTENSIONS =
      List.of("", ".js", ".ts", ".tsx", ".jsx", ".mjs", ".cjs", "/index.js", "/index.ts");

  public FileImports {
    files = List.copyOf(files);
    external = List.copyOf(external);
  }

  /** The imports of {@code path}, whose text is {@code text}, resolved against {@code indexed}. */
  public static FileImports of(String path, String text, List<String> indexed) {
    return of(path, text, indexed, p -> Optional.empty());
  }

  /**
   * As {@link #of(String, String, List)}, reading other indexed files where resolving needs them (a
   * Go file's {@code go.mod}, which names the module its imports start with).
   */
  public static FileImports of(
      String path,
      String text,
      List<String> indexed,
      java.util.function.Function<String, Optional<String>> fileText) {
    Set<String> all = Set.copyOf(indexed);
    Set<String> files = new LinkedHashSet<>();
    Set<String> external = new LinkedHashSet<>();
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    if (path.endsWith(".py") || path.endsWith(".pyi")) {
      // Docstrings hold examples ("import gevent") that the module does not import.
      python(dir, TRIPLE_QUOTED.matcher(text).replaceAll(""), all, indexed, files, external);
    } else if (path.matches(".*\\.(js|jsx|mjs|cjs|ts|tsx|mts|cts)$")) {
      Matcher m = JS_FROM.matcher(text);
      while (m.find()) {
        String spec = m.group(1);
        if (spec.startsWith(".")) {
          String base = normalise(dir + "/" + spec);
          JS_EXTENSIONS.stream()
              .map(e -> base + e)
              .filter(all::contains)
              .findFirst()
              .ifPresent(files::add);
        } else {
          String[] parts = spec.split("/");
          external.add(
              spec.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0]);
        }
      }
    } else if (path.endsWith(".java") || path.endsWith(".kt")) {
      Matcher m = JAVA_IMPORT.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        Optional<String> found = m.group(2) != null ? Optional.empty() : classFile(indexed, name);
        if (found.isEmpty() && m.group(2) == null && name.contains(".")) {
          // A static import names a member: its class is one segment up.
          found = classFile(indexed, name.substring(0, name.lastIndexOf('.')));
        }
        if (found.isPresent()) {
          files.add(found.get());
        } else if (!name.startsWith(packageOf(text))) {
          external.add(javaPackage(name));
        }
      }
    } else if (path.endsWith(".go")) {
      go(path, text, indexed, fileText, files, external);
    }
    files.remove(path);
    return new FileImports(new ArrayList<>(files), new ArrayList<>(external));
  }

  /**
   * Go imports name packages by import path. A path under the module that the nearest {@code
   * go.mod} declares is that module's folder ({@code github.com/acme/shop/internal/config} → {@code
   * internal/config/}, the module itself → its root, {@code ./} at the top). Without a {@code
   * go.mod}, the indexed folder of Go files that the path's longest tail names is taken. Other
   * paths whose first element has no dot are the standard library's ({@code net/http}); anything
   * else is a module from outside, named by host and owner/repository.
   */
  private static void go(
      String path,
      String text,
      List<String> indexed,
      java.util.function.Function<String, Optional<String>> fileText,
      Set<String> files,
      Set<String> external) {
    Set<String> goDirs = new java.util.HashSet<>();
    for (String p : indexed) {
      if (p.endsWith(".go")) {
        goDirs.add(p.contains("/") ? p.substring(0, p.lastIndexOf('/')) : "");
      }
    }
    // The nearest go.mod above the file, and the module path it declares.
    String modDir = null;
    String module = null;
    String dir = path;
    while (module == null && !dir.isEmpty()) {
      dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
      String mod = dir.isEmpty() ? "go.mod" : dir + "/go.mod";
      if (indexed.contains(mod)) {
        Matcher decl = GO_MODULE.matcher(fileText.apply(mod).orElse(""));
        if (decl.find()) {
          modDir = dir;
          module = decl.group(1);
        }
      }
    }
    Matcher m = GO_IMPORT.matcher(text.replaceAll("(?m)//.*$", ""));
    while (m.find()) {
      List<String> specs = new ArrayList<>();
      if (m.group(2) != null) {
        specs.add(m.group(2));
      } else {
        Matcher q = QUOTED.matcher(m.group(1));
        while (q.find()) {
          specs.add(q.group(1));
        }
      }
      for (String spec : specs) {
        if (module != null && (spec.equals(module) || spec.startsWith(module + "/"))) {
          String rel = spec.substring(module.length()).replaceFirst("^/", "");
          String folder = modDir.isEmpty() ? rel : rel.isEmpty() ? modDir : modDir + "/" + rel;
          if (goDirs.contains(folder)) {
            files.add(folder.isEmpty() ? "./" : folder + "/");
          }
          // A package of this module that is not indexed is not from outside either.
          continue;
        }
        String[] parts = spec.split("/");
        if (!parts[0].contains(".")) {
          external.add(spec);
          continue;
        }
        String found = null;
        for (int i = 1; i < parts.length && found == null && module == null; i++) {
          String tail = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
          if (goDirs.contains(tail)) {
            found = tail + "/";
          }
        }
        if (found != null) {
          files.add(found);
        } else {
          external.add(String.join("/", java.util.Arrays.copyOf(parts, Math.min(3, parts.length))));
        }
      }
    }
  }

  private static void python(
      String dir,
      String text,
      Set<String> all,
      List<String> indexed,
      Set<String> files,
      Set<String> external) {
    Matcher from = PY_FROM.matcher(text);
    while (from.find()) {
      int dots = from.group(1).length();
      String module = from.group(2);
      if (dots > 0) {
        String base = dir;
        for (int i = 1; i < dots && !base.isEmpty(); i++) {
          base = base.contains("/") ? base.substring(0, base.lastIndexOf('/')) : "";
        }
        String prefix = (base.isEmpty() ? "" : base + "/") + module.replace('.', '/');
        if (module.isEmpty()) {
          // "from . import a, b": each name may be a module of the package.
          String names = from.group(3) != null ? from.group(3) : from.group(4);
          for (String name : names.split("\\s*,\\s*")) {
            name = name.strip().split("\\s+")[0]; // "typing as t"
            pyModule(prefix + name, all).ifPresent(files::add);
          }
        } else {
          pyModule(prefix, all).ifPresent(files::add);
        }
      } else {
        absolute(module, all, indexed, files, external);
      }
    }
    Matcher imp = PY_IMPORT.matcher(text);
    while (imp.find()) {
      for (String module : imp.group(1).split("\\s*,\\s*")) {
        absolute(module.strip(), all, indexed, files, external);
      }
    }
  }

  /**
   * An absolute module resolves under a source root: a folder that is not itself a package (no
   * {@code __init__.py}), so {@code typing} is not {@code src/flask/typing.py}. Code before tests,
   * shallower first.
   */
  private static void absolute(
      String module,
      Set<String> all,
      List<String> indexed,
      Set<String> files,
      Set<String> external) {
    String rel = module.replace('.', '/');
    Optional<String> found =
        indexed.stream()
            .filter(p -> p.endsWith(rel + ".py") || p.endsWith(rel + "/__init__.py"))
            .filter(
                p -> {
                  String root = p.substring(0, p.lastIndexOf(rel));
                  return (root.isEmpty() || root.endsWith("/"))
                      && !all.contains(root + "__init__.py");
                })
            .min(
                java.util.Comparator.comparing(
                        (String p) ->
                            dev.lantern.query.retrieve.FileRole.of(p)
                                != dev.lantern.query.retrieve.FileRole.CODE)
                    .thenComparingInt(p -> p.split("/").length));
    if (found.isPresent()) {
      files.add(found.get());
      return;
    }
    String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
    boolean ours = indexed.stream().anyMatch(p -> ("/" + p).contains("/" + top + "/"));
    if (!ours && !top.isEmpty()) {
      external.add(top);
    }
  }

  private static Optional<String> pyModule(String prefix, Set<String> all) {
    String p = prefix.replaceAll("^/+|/+$", "");
    return all.contains(p + ".py")
        ? Optional.of(p + ".py")
        : all.contains(p + "/__init__.py") ? Optional.of(p + "/__init__.py") : Optional.empty();
  }

  private static Optional<String> endingWith(List<String> indexed, String suffix) {
    return indexed.stream().filter(p -> p.equals(suffix) || p.endsWith("/" + suffix)).findFirst();
  }

  /** "java.util.Map" and "java.util.Map.Entry" are "java.util": the package, not its classes. */
  private static String javaPackage(String name) {
    String[] parts = name.split("\\.");
    int n = 0;
    while (n < parts.length && !parts[n].isEmpty() && Character.isLowerCase(parts[n].charAt(0))) {
      n++;
    }
    return n == 0 ? name : String.join(".", java.util.Arrays.copyOf(parts, n));
  }

  private static Optional<String> classFile(List<String> indexed, String name) {
    String base = name.replace('.', '/');
    return endingWith(indexed, base + ".java").or(() -> endingWith(indexed, base + ".kt"));
  }

  private static String packageOf(String text) {
    Matcher m = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE).matcher(text);
    return m.find() ? m.group(1) + "." : "\u0000";
  }

  /** "a/b/../c/./d" → "a/c/d". */
  private static String normalise(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else {
        out.add(part);
      }
    }
    return String.join("/", out);
  }
}
