package dev.lantern.indexer.chunk;

import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * What tree-sitter node types mean in one grammar: which are definitions (and of what kind), which
 * wrap a definition (so a doc comment before the wrapper belongs to it), which are calls and
 * imports, which are comments, and which are opaque: subtrees that hold nothing the walker records
 * (Java type expressions, Go parameter lists), so it need not visit them. Node names were read off
 * each grammar's parse trees.
 */
record LanguageSpec(
    Supplier<TSLanguage> grammar,
    Map<String, ChunkKind> definitions,
    Set<String> wrappers,
    Set<String> calls,
    Set<String> imports,
    Set<String> comments,
    Set<String> opaque) {

  private static final Set<String> JS_DEFS_FUNCTION =
      Set.of(
          "function_declaration",
          "generator_function_declaration",
          "method_definition",
          "function_signature",
          "abstract_method_signature");
  private static final Set<String> JS_WRAPPERS =
      Set.of(
          "export_statement",
          "lexical_declaration",
          "variable_declaration",
          "expression_statement",
          "decorator",
          "ambient_declaration");

  static LanguageSpec of(Language language) {
    return switch (language) {
      case JAVA ->
          new LanguageSpec(
              TreeSitterJava::new,
              Map.of(
                  "class_declaration",
                  ChunkKind.TYPE,
                  "interface_declaration",
                  ChunkKind.TYPE,
                  "enum_declaration",
                  ChunkKind.TYPE,
                  "record_declaration",
                  ChunkKind.TYPE,
                  "annotation_type_declaration",
                  ChunkKind.TYPE,
                  "method_declaration",
                  ChunkKind.FUNCTION,
                  "constructor_declaration",
                  ChunkKind.FUNCTION,
                  "compact_constructor_declaration",
                  ChunkKind.FUNCTION),
              Set.of(),
              Set.of("method_invocation", "object_creation_expression"),
              Set.of("import_declaration"),
              Set.of("line_comment", "block_comment"),
              Set.of(
                  "type_parameters",
                  "type_arguments",
                  "generic_type",
                  "array_type",
                  "scoped_type_identifier",
                  "dimensions",
                  "throws",
                  "string_literal"));
      case KOTLIN ->
          new LanguageSpec(
              TreeSitterKotlin::new,
              Map.of(
                  "class_declaration",
                  ChunkKind.TYPE,
                  "object_declaration",
                  ChunkKind.TYPE,
                  "companion_object",
                  ChunkKind.TYPE,
                  "function_declaration",
                  ChunkKind.FUNCTION,
                  "secondary_constructor",
                  ChunkKind.FUNCTION),
              Set.of(),
              Set.of("call_expression"),
              Set.of("import_header"),
              Set.of("line_comment", "multiline_comment", "comment"),
              Set.of());
      case PYTHON ->
          new LanguageSpec(
              TreeSitterPython::new,
              Map.of("class_definition", ChunkKind.TYPE, "function_definition", ChunkKind.FUNCTION),
              Set.of("decorated_definition", "decorator"),
              Set.of("call"),
              Set.of("import_statement", "import_from_statement"),
              Set.of("comment"),
              Set.of());
      case JAVASCRIPT, TYPESCRIPT, TSX ->
          new LanguageSpec(
              switch (language) {
                case JAVASCRIPT -> TreeSitterJavascript::new;
                case TSX -> TreeSitterTsx::new;
                default -> TreeSitterTypescript::new;
              },
              jsDefinitions(),
              JS_WRAPPERS,
              Set.of("call_expression", "new_expression"),
              Set.of("import_statement"),
              Set.of("comment"),
              Set.of());
      case GO ->
          new LanguageSpec(
              TreeSitterGo::new,
              Map.of(
                  "function_declaration",
                  ChunkKind.FUNCTION,
                  "method_declaration",
                  ChunkKind.FUNCTION,
                  "type_spec",
                  ChunkKind.TYPE),
              Set.of("type_declaration"),
              Set.of("call_expression"),
              Set.of("import_spec"),
              Set.of("comment"),
              // Go parameters have no default values; string literals hold no code.
              Set.of("parameter_list", "interpreted_string_literal", "raw_string_literal"));
      default -> throw new IllegalArgumentException("no grammar for " + language);
    };
  }

  private static Map<String, ChunkKind> jsDefinitions() {
    Map<String, ChunkKind> m = new java.util.HashMap<>();
    for (String t :
        Set.of(
            "class_declaration",
            "abstract_class_declaration",
            "interface_declaration",
            "enum_declaration",
            "type_alias_declaration",
            "internal_module",
            "module")) {
      m.put(t, ChunkKind.TYPE);
    }
    for (String t : JS_DEFS_FUNCTION) {
      m.put(t, ChunkKind.FUNCTION);
    }
    // Named only when their value is a function or class (a call: when it is passed a named
    // function); checked by the chunker.
    m.put("variable_declarator", ChunkKind.FUNCTION);
    m.put("assignment_expression", ChunkKind.FUNCTION);
    m.put("pair", ChunkKind.FUNCTION);
    m.put("call_expression", ChunkKind.FUNCTION);
    m.put("public_field_definition", ChunkKind.FUNCTION);
    m.put("field_definition", ChunkKind.FUNCTION);
    return Map.copyOf(m);
  }
}
