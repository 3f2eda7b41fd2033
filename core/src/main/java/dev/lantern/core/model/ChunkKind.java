package dev.lantern.core.model;

/** What a chunk holds; decides how it is weighted and described in answers. */
public enum ChunkKind {
  /** A class, interface, enum, record, struct or trait (possibly only its header part). */
  TYPE,
  /** A method, function, constructor or lambda bound to a name. */
  FUNCTION,
  /** Code between definitions: imports, module-level statements, fields. */
  MODULE,
  /** A Markdown section under a heading. */
  SECTION,
  /** A window of lines from a file without a grammar. */
  WINDOW
}
