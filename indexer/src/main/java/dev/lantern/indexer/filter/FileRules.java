package dev.lantern.indexer.filter;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
          "erb",
          "bzl",
          "bazel",
          "sbt",
          "nix",
          "mk",
          "cmd",
          "bat",
          "fish",
          "awk");
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
          "contributing",
          "gnumakefile",
          "containerfile",
          "build.bazel",
          "workspace.bazel",
          "meson.build",
          "pipfile",
          "brewfile",
          "podfile",
          "codeowners",
          "go.mod",
          "go.work");
  static final Set<String> BINARY =
      Set.of(
          "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tiff", "psd", "pdf", "zip", "gz",
          "tgz", "bz2", "xz", "7z", "rar", "jar", "war", "ear", "class", "so", "dll", "dylib",
          "exe", "o", "a", "lib", "bin", "pyc", "pyo", "whl", "woff", "woff2", "ttf", "otf", "eot",
          "mp3", "mp4", "wav", "ogg", "mov", "avi", "webm", "sqlite", "db", "npy", "npz", "pkl",
          "h5", "onnx", "pt", "parquet", "wasm", "dat", "ser");

  static final Set<String> PROSE = Set.of("md", "markdown", "rst", "txt", "adoc", "tex");

  private static final Pattern MINIFIED_NAME =
      Pattern.compile(
          ".*[.-]min\\.(js|mjs|cjs|css)$|.*\\.(bundle|chunk)\\.(js|mjs|css)$|.*\\.(js|css)\\.map$");
  private static final Pattern GENERATED_NAME =
      Pattern.compile(
          ".*(\\.pb\\.go|_pb2\\.pyi?|_pb2_grpc\\.py|\\.pb\\.(cc|h)|\\.g\\.dart|\\.freezed\\.dart"
              + "|\\.designer\\.cs|\\.generated\\.(ts|cs|go)|_generated\\.go|\\.g\\.cs)$");

  private FileRules() {}

  /** Why a directory is skipped whole, if it is. */
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

  /**
   * What the name alone says: a reason to skip, or empty for code, docs and config text. A name
   * without extension that is not well known is kept here; the selector then asks {@link
   * #needsShebang} and looks at its first line.
   */
  static Optional<SkipReason> forFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (LOCKFILES.contains(lower)) {
      return Optional.of(SkipReason.LOCKFILE);
    }
    if (MINIFIED_NAME.matcher(lower).matches()) {
      return Optional.of(SkipReason.MINIFIED);
    }
    if (GENERATED_NAME.matcher(lower).matches()) {
      return Optional.of(SkipReason.GENERATED);
    }
    String ext = extension(lower);
    if (BINARY.contains(ext)) {
      return Optional.of(SkipReason.BINARY);
    }
    if (CODE.contains(ext) || CODE_NAMES.contains(lower) || needsShebang(name)) {
      return Optional.empty();
    }
    return Optional.of(SkipReason.UNSUPPORTED);
  }

  /** True for a name without extension that is not well known ("configure", "bin/lantern"). */
  static boolean needsShebang(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.indexOf('.') < 0 && !CODE_NAMES.contains(lower);
  }

  /** Prose is held to a longer average line in the minified test: a paragraph is one line. */
  static boolean isProse(String name) {
    return PROSE.contains(extension(name.toLowerCase(Locale.ROOT)));
  }

  private static String extension(String lower) {
    int dot = lower.lastIndexOf('.');
    return dot >= 0 ? lower.substring(dot + 1) : "";
  }
}
