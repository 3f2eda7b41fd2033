package dev.lantern.query.answer;

/** Says whether a cited file and line range exist in the indexed codebase. */
@FunctionalInterface
public interface CitationChecker {
  boolean exists(String path, int startLine, int endLine);
}
