package dev.lantern.core.model;

import java.util.Locale;
import java.util.Map;

/** The language of a source file, detected from its name; decides which chunker handles it. */
public enum Language {
  JAVA("java"),
  KOTLIN("kotlin"),
  PYTHON("python"),
  JAVASCRIPT("javascript"),
  TYPESCRIPT("typescript"),
  TSX("tsx"),
  GO("go"),
  MARKDOWN("markdown"),
  /** Any other text file: chunked by line windows. */
  TEXT("text");

  private static final Map<String, Language> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("java", JAVA),
          Map.entry("kt", KOTLIN),
          Map.entry("kts", KOTLIN),
          Map.entry("py", PYTHON),
          Map.entry("pyi", PYTHON),
          Map.entry("js", JAVASCRIPT),
          Map.entry("mjs", JAVASCRIPT),
          Map.entry("cjs", JAVASCRIPT),
          Map.entry("jsx", JAVASCRIPT),
          Map.entry("ts", TYPESCRIPT),
          Map.entry("mts", TYPESCRIPT),
          Map.entry("cts", TYPESCRIPT),
          Map.entry("tsx", TSX),
          Map.entry("go", GO),
          Map.entry("md", MARKDOWN),
          Map.entry("markdown", MARKDOWN));

  private final String id;

  Language(String id) {
    this.id = id;
  }

  /** Stable lower-case name used in the index and in reports. */
  public String id() {
    return id;
  }

  /** Detects the language from a path's extension; {@link #TEXT} when unknown. */
  public static Language fromPath(String path) {
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return TEXT;
    }
    return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), TEXT);
  }

  /** Looks a language up by its {@link #id()}. */
  public static Language fromId(String id) {
    for (Language l : values()) {
      if (l.id.equals(id)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language: " + id);
  }

  /** True for languages parsed with tree-sitter. */
  public boolean isCode() {
    return this != MARKDOWN && this != TEXT;
  }
}
