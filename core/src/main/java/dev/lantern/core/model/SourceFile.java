package dev.lantern.core.model;

import java.util.Objects;

/**
 * One file selected for indexing, already decoded to text.
 *
 * @param path repository-relative path with {@code /} separators, never absolute, never {@code ..}
 * @param language detected from the path
 * @param text the file's content; line terminators are kept as found
 * @param sizeBytes size on disk before decoding
 */
public record SourceFile(String path, Language language, String text, long sizeBytes) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }

  /** Convenience for tests and small inputs: language from the path, size from the UTF-8 text. */
  public static SourceFile of(String path, String text) {
    return new SourceFile(
        path,
        Language.fromPath(path),
        text,
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }
}
