package dev.lantern.indexer.chunk;

/** What a syntax node means to the chunker; each grammar maps its node types to these. */
enum NodeRole {
  /** Anything else: walked for nested definitions and calls. */
  OTHER,
  /** A class, interface, enum, record, struct, trait, object or type alias: its members nest. */
  TYPE,
  /** A named function, method or constructor: its body is scanned for calls only. */
  FUNCTION,
  /**
   * A declarator ({@code const f = …}, {@code exports.f = …}, a field) that is a definition when
   * its value is a function or class.
   */
  NAMED_VALUE,
  /** A lambda, arrow function, function expression or initializer block. */
  FUNCTION_VALUE,
  /** A class expression, a type when bound to a name. */
  CLASS_VALUE,
  /**
   * A node whose start belongs to the definition inside it: {@code export}, decorators, {@code
   * const}, Go's {@code type}.
   */
  WRAPPER,
  /** An import; its names become references. */
  IMPORT,
  /** A call, for grammars without field names (Kotlin); others find calls by their fields. */
  CALL
}
