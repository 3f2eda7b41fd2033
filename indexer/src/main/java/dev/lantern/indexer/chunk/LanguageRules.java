package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Language;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTypescript;

/**
 * How one grammar spells definitions, calls and imports. Node and field names were read off parse
 * trees of each grammar version in indexer/pom.xml; a name a grammar lacks is simply never seen.
 *
 * @param grammar loads the tree-sitter language (native code; may fail on an unsupported platform)
 * @param roles node type → role; unlisted types are {@link NodeRole#OTHER}
 * @param calleeFields fields naming what a call calls; a call is the node with an {@code arguments}
 *     field, the callee its sibling with one of these fields
 * @param opaqueFields fields whose subtrees hold no definitions (types, parameters), scanned for
 *     calls only
 * @param lineComment the line-comment marker
 * @param blockComments whether {@code /* … *\/} comments exist
 */
record LanguageRules(
    Supplier<TSLanguage> grammar,
    Map<String, NodeRole> roles,
    Set<String> calleeFields,
    Set<String> opaqueFields,
    String lineComment,
    boolean blockComments) {

  static LanguageRules of(Language language) {
    return switch (language) {
      case JAVA -> java();
      case KOTLIN -> kotlin();
      case PYTHON -> python();
        // The bonede "typescript" artifact is built from the TSX grammar (its JNI entry point
        // returns tree_sitter_tsx), so one grammar serves .ts and .tsx, and JSX parses in both.
      case JAVASCRIPT -> javascript(TreeSitterJavascript::new);
      case TYPESCRIPT, TSX -> javascript(TreeSitterTypescript::new);
      case GO -> go();
      default -> throw new IllegalArgumentException("no grammar for " + language);
    };
  }

  private static LanguageRules java() {
    Map<String, NodeRole> r = new HashMap<>();
    put(
        r,
        NodeRole.TYPE,
        "class_declaration",
        "interface_declaration",
        "enum_declaration",
        "record_declaration",
        "annotation_type_declaration");
    put(
        r,
        NodeRole.FUNCTION,
        "method_declaration",
        "constructor_declaration",
        "compact_constructor_declaration");
    put(r, NodeRole.NAMED_VALUE, "field_declaration");
    // Initializer blocks are bodies without a name; "block" outside a body is one of them.
    put(r, NodeRole.FUNCTION_VALUE, "lambda_expression", "static_initializer", "block");
    put(r, NodeRole.IMPORT, "import_declaration");
    return new LanguageRules(
        TreeSitterJava::new,
        Map.copyOf(r),
        Set.of("name", "type"),
        Set.of(
            "type",
            "type_parameters",
            "type_arguments",
            "parameters",
            "superclass",
            "interfaces",
            "permits",
            "dimensions"),
        "//",
        true);
  }

  private static LanguageRules kotlin() {
    Map<String, NodeRole> r = new HashMap<>();
    put(r, NodeRole.TYPE, "class_declaration", "object_declaration", "companion_object");
    put(r, NodeRole.FUNCTION, "function_declaration", "secondary_constructor");
    put(r, NodeRole.NAMED_VALUE, "property_declaration");
    put(
        r,
        NodeRole.FUNCTION_VALUE,
        "lambda_literal",
        "anonymous_function",
        "anonymous_initializer",
        "getter",
        "setter");
    put(r, NodeRole.IMPORT, "import_header");
    put(r, NodeRole.CALL, "call_expression", "constructor_invocation");
    // fwcd's grammar has no field names: calls are found by node type instead.
    return new LanguageRules(TreeSitterKotlin::new, Map.copyOf(r), Set.of(), Set.of(), "//", true);
  }

  private static LanguageRules python() {
    Map<String, NodeRole> r = new HashMap<>();
    put(r, NodeRole.TYPE, "class_definition");
    put(r, NodeRole.FUNCTION, "function_definition");
    put(r, NodeRole.NAMED_VALUE, "assignment");
    put(r, NodeRole.FUNCTION_VALUE, "lambda");
    put(r, NodeRole.WRAPPER, "decorated_definition", "expression_statement");
    put(r, NodeRole.IMPORT, "import_statement", "import_from_statement", "future_import_statement");
    return new LanguageRules(
        TreeSitterPython::new,
        Map.copyOf(r),
        Set.of("function"),
        // Python defines only in statements, so expressions (module-level tables, call
        // arguments, assignment values) hold no definitions; a lambda binding is judged at its
        // assignment.
        Set.of(
            "parameters",
            "return_type",
            "type",
            "type_parameters",
            "right",
            "left",
            "value",
            "arguments",
            "superclasses",
            "condition",
            "subject"),
        "#",
        false);
  }

  private static LanguageRules javascript(Supplier<TSLanguage> grammar) {
    Map<String, NodeRole> r = new HashMap<>();
    put(
        r,
        NodeRole.TYPE,
        "class_declaration",
        "abstract_class_declaration",
        "interface_declaration",
        "enum_declaration",
        "type_alias_declaration",
        "internal_module",
        "module");
    put(
        r,
        NodeRole.FUNCTION,
        "function_declaration",
        "generator_function_declaration",
        "method_definition",
        "function_signature",
        "abstract_method_signature");
    put(
        r,
        NodeRole.NAMED_VALUE,
        "variable_declarator",
        "assignment_expression",
        "pair",
        "field_definition",
        "public_field_definition");
    put(
        r,
        NodeRole.FUNCTION_VALUE,
        "arrow_function",
        "function_expression",
        "function",
        "generator_function",
        "class_static_block");
    put(r, NodeRole.CLASS_VALUE, "class");
    put(
        r,
        NodeRole.WRAPPER,
        "export_statement",
        "lexical_declaration",
        "variable_declaration",
        "expression_statement",
        "ambient_declaration");
    put(r, NodeRole.IMPORT, "import_statement");
    return new LanguageRules(
        grammar,
        Map.copyOf(r),
        Set.of("function", "constructor"),
        Set.of("type", "type_parameters", "type_arguments", "return_type"),
        "//",
        true);
  }

  private static LanguageRules go() {
    Map<String, NodeRole> r = new HashMap<>();
    put(r, NodeRole.TYPE, "type_spec", "type_alias");
    put(r, NodeRole.FUNCTION, "function_declaration", "method_declaration");
    put(r, NodeRole.NAMED_VALUE, "var_spec");
    put(r, NodeRole.FUNCTION_VALUE, "func_literal");
    put(r, NodeRole.WRAPPER, "type_declaration", "var_declaration");
    put(r, NodeRole.IMPORT, "import_spec");
    return new LanguageRules(
        TreeSitterGo::new,
        Map.copyOf(r),
        Set.of("function"),
        // Go defines only at the top level; values (composite-literal tables) hold no definitions.
        Set.of(
            "type",
            "parameters",
            "result",
            "receiver",
            "type_parameters",
            "type_arguments",
            "value"),
        "//",
        true);
  }

  private static void put(Map<String, NodeRole> roles, NodeRole role, String... types) {
    for (String t : types) {
      roles.put(t, role);
    }
  }
}
