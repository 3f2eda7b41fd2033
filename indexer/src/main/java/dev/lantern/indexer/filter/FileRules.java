package dev.lantern.indexer.filter;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Path-based rules: which directories are vendored or build output, which names are lock files,
 * minified bundles or binaries, and which extensions are worth indexing at all.
 */
final class FileRules {
  static final Set<String> VENDORED_DIRS =
      Set.of(
          "node_modules",
          "vendor",
          "third_party",
          "third-party",
          "bower_components",
          ".venv",
          "venv",
          "site-packages",
          "Pods",
          "jspm_packages",
          ".yarn",
          ".bundle");
  static final Set<String> GENERATED_DIRS =
      Set.of(
          "dist",
          "build",
          "target",
          "out",
          "__pycache__",
          ".next",
          ".nuxt",
          ".gradle",
          ".tox",
          ".mypy_cache",
          ".pytest_cache",
          "coverage",
          ".cache",
          "htmlcov",
          ".eggs",
          "obj",
          ".idea",
          ".vscode");
  static final Set<String> VCS_DIRS = Set.of(".git", ".hg", ".svn");
  static final Set<String> LOCKFILES =
      Set.of(
          "package-lock.json",
          "yarn.lock",
          "pnpm-lock.yaml",
          "cargo.lock",
          "poetry.lock",
          "go.sum",
          "gemfile.lock",
          "composer.lock",
          "pipfile.lock",
          "uv.lock",
          "npm-shrinkwrap.json",
          "bun.lockb",
          "packages.lock.json",
          "gradle.lockfile",
          "flake.lock",
          "mix.lock",
          "podfile.lock");
  static final Set<String> CODE =
      Set.of(
          "java",
          "kt",
          "kts",
          "scala",
          "groovy",
          "py",
          "pyi",
          "js",
          "mjs",
          "cjs",
          "jsx",
          "ts",
          "mts",
          "cts",
          "tsx",
          "vue",
          "svelte",
          "go",
          "rs",
          "rb",
          "php",
          "c",
          "h",
          "cc",
          "cpp",
          "cxx",
          "hpp",
          "hh",
          "cs",
          "fs",
          "swift",
          "m",
          "mm",
          "dart",
          "lua",
          "pl",
          "pm",
          "r",
          "jl",
          "ex",
          "exs",
          "erl",
          "hs",
          "ml",
          "clj",
          "sh",
          "bash",
          "zsh",
          "ps1",
          "sql",
          "proto",
          "graphql",
          "gql",
          "tf",
          "hcl",
          "cmake",
          "gradle",
          "css",
          "scss",
          "less",
          "html",
          "htm",
          "xml",
          "xsd",
          "wsdl",
          "json",
          "yaml",
          "yml",
          "toml",
          "ini",
          "cfg",
          "conf",
          "properties",
          "md",
          "markdown",
          "rst",
          "txt",
          "adoc",
          "tex",
          "pyx",
          "pxd",
          "sol",
          "zig",
          "nim",
          "v",
          "vhd",
          "elm",
          "purs",
          "coffee",
          "thrift",
          "avsc",
          "j2",
          "jinja",
          "mustache",
          "hbs",
          "ejs",
          "erb");
  static final Set<String> CODE_NAMES =
      Set.of(
          "makefile",
          "dockerfile",
          "jenkinsfile",
          "rakefile",
          "gemfile",
          "procfile",
          "cmakelists.txt",
          "build",
          "workspace",
          "vagrantfile",
          "justfile",
          "readme",
          "license",
          "changelog",
          "contributing");
  static final Set<String> BINARY =
      Set.of(
          "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tiff", "psd", "pdf", "zip", "gz",
          "tgz", "bz2", "xz", "7z", "rar", "jar", "war", "ear", "class", "so", "dll", "dylib",
          "exe", "o", "a", "lib", "bin", "pyc", "pyo", "whl", "woff", "woff2", "ttf", "otf", "eot",
          "mp3", "mp4", "wav", "ogg", "mov", "avi", "webm", "sqlite", "db", "npy", "npz", "pkl",
          "h5", "onnx", "pt", "parquet", "wasm", "dat", "ser");

  private FileRules() {}

  static Optional<SkipReason> forDirectory(String name) {
    if (VCS_DIRS.contains(name)) {
      return Optional.of(SkipReason.IGNORED);
    }
    if (VENDORED_DIRS.contains(name)) {
      return Optional.of(SkipReason.VENDORED);
    }
    if (GENERATED_DIRS.contains(name) || name.endsWith(".egg-info")) {
      return Optional.of(SkipReason.GENERATED);
    }
    return Optional.empty();
  }

  static Optional<SkipReason> forFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (LOCKFILES.contains(lower)) {
      return Optional.of(SkipReason.LOCKFILE);
    }
    if (lower.matches(".*[.-]min\\.(js|css|mjs)$")
        || lower.endsWith(".bundle.js")
        || lower.endsWith(".chunk.js")
        || lower.endsWith(".js.map")
        || lower.endsWith(".css.map")) {
      return Optional.of(SkipReason.MINIFIED);
    }
    if (lower.endsWith(".pb.go")
        || lower.endsWith("_pb2.py")
        || lower.endsWith("_pb2_grpc.py")
        || lower.endsWith(".g.dart")
        || lower.endsWith(".designer.cs")
        || lower.endsWith(".generated.ts")) {
      return Optional.of(SkipReason.GENERATED);
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot >= 0 ? lower.substring(dot + 1) : "";
    if (BINARY.contains(ext)) {
      return Optional.of(SkipReason.BINARY);
    }
    if (!CODE.contains(ext)
        && !CODE_NAMES.contains(lower)
        && !(dot < 0 && CODE_NAMES.contains(lower))) {
      return Optional.of(SkipReason.UNSUPPORTED);
    }
    return Optional.empty();
  }
}
