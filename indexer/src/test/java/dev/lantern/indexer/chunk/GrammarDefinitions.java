package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTypescript;

/**
 * The definitions a grammar finds in a file, by a plain recursive walk written apart from the
 * chunker: class-, function- and method-like nodes that are not local to a function body, each with
 * the name the grammar gives it. The chunker must make each one the symbol of a chunk.
 */
final class GrammarDefinitions {
  private GrammarDefinitions() {}

  /**
   * A definition: its name (empty for an anonymous function or class), its node's 0-based first and
   * last rows, what encloses it, and its position in source order.
   */
  record Found(String name, int row, int endRow, Found parent, int order) {}

  /** Declarators that define a function when their value is one: node type → name field. */
  private static final java.util.Map<String, String> BINDINGS =
      java.util.Map.of(
          "variable_declarator", "name",
          "pair", "key",
          "field_definition", "property",
          "public_field_definition", "name",
          "assignment_expression", "left",
          "assignment", "left",
          "var_spec", "name");

  private static final Set<String> JAVA_DEFS =
      Set.of(
          "class_declaration",
          "interface_declaration",
          "enum_declaration",
          "record_declaration",
          "annotation_type_declaration",
          "method_declaration",
          "constructor_declaration",
          "compact_constructor_declaration");
  private static final Set<String> JAVA_BODIES =
      Set.of(
          "method_declaration",
          "constructor_declaration",
          "compact_constructor_declaration",
          "lambda_expression",
          "static_initializer",
          "block");
  private static final Set<String> KOTLIN_DEFS =
      Set.of(
          "class_declaration",
          "object_declaration",
          "companion_object",
          "function_declaration",
          "secondary_constructor");
  private static final Set<String> KOTLIN_BODIES =
      Set.of(
          "function_declaration",
          "secondary_constructor",
          "lambda_literal",
          "anonymous_function",
          "anonymous_initializer",
          "getter",
          "setter");
  private static final Set<String> PYTHON_DEFS = Set.of("class_definition", "function_definition");
  private static final Set<String> PYTHON_BODIES = Set.of("function_definition", "lambda");
  private static final Set<String> JS_DEFS =
      Set.of(
          "class_declaration",
          "abstract_class_declaration",
          "interface_declaration",
          "enum_declaration",
          "type_alias_declaration",
          "internal_module",
          "function_declaration",
          "generator_function_declaration",
          "method_definition",
          "function_signature",
          "abstract_method_signature",
          "class");
  private static final Set<String> JS_BODIES =
      Set.of(
          "function_declaration",
          "generator_function_declaration",
          "method_definition",
          "arrow_function",
          "function_expression",
          "function",
          "generator_function",
          "class_static_block");
  private static final Set<String> GO_DEFS =
      Set.of("type_spec", "type_alias", "function_declaration", "method_declaration");
  private static final Set<String> GO_BODIES =
      Set.of("function_declaration", "method_declaration", "func_literal");

  static List<Found> find(Language language, String text) {
    TSParser parser = new TSParser();
    parser.setLanguage(grammar(language));
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    // parseString hands tree-sitter JNI's modified UTF-8; real UTF-8 keeps byte offsets honest.
    TSTree tree =
        parser.parse(
            new byte[utf8.length + 1],
            null,
            (buf, offset, position) -> {
              int n = Math.max(0, Math.min(buf.length, utf8.length - offset));
              System.arraycopy(utf8, offset, buf, 0, n);
              return n;
            },
            TSInputEncoding.TSInputEncodingUTF8);
    List<Found> out = new ArrayList<>();
    walk(tree.getRootNode(), language, utf8, null, out);
    return out;
  }

  private static void walk(
      TSNode node, Language language, byte[] utf8, Found parent, List<Found> out) {
    String type = node.getType();
    Found here = parent;
    if (!node.isNamed()) {
      return;
    }
    boolean body = bodies(language).contains(type);
    if (type.equals("class")) {
      here = add("", node, parent, out); // a class expression is named by its binding, if any
    } else if (defs(language).contains(type)) {
      here = add(name(node, type, language, utf8), node, parent, out);
    } else if (isBinding(type, language) && boundFunction(node, language) != null) {
      here = add(bindingName(node, type, language, utf8), node, parent, out);
    } else if (language == Language.JAVA && type.equals("field_declaration")) {
      TSNode d = node.getChildByFieldName("declarator");
      TSNode v = d == null || d.isNull() ? null : d.getChildByFieldName("value");
      if (v != null && !v.isNull() && v.getType().equals("lambda_expression")) {
        here = add(clean(text(d.getChildByFieldName("name"), utf8)), node, parent, out);
      }
    } else if (language == Language.KOTLIN && type.equals("property_declaration")) {
      for (int i = 0; i < node.getNamedChildCount(); i++) {
        String t = node.getNamedChild(i).getType();
        if (t.equals("lambda_literal") || t.equals("anonymous_function")) {
          TSNode v = node.getNamedChild(0);
          here = add(child(v, "simple_identifier", utf8), node, parent, out);
        }
      }
    } else if (body) {
      here = add("", node, parent, out); // an anonymous function: marks its lines only
    }
    if (body) {
      return; // what a function body defines is local
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      walk(node.getNamedChild(i), language, utf8, here, out);
    }
  }

  private static Found add(String name, TSNode node, Found parent, List<Found> out) {
    Found f = new Found(name, node.getStartPoint().getRow(), endRow(node), parent, out.size());
    out.add(f);
    return f;
  }

  private static boolean isBinding(String type, Language language) {
    return switch (language) {
      case PYTHON -> type.equals("assignment");
      case GO -> type.equals("var_spec");
      case JAVASCRIPT, TYPESCRIPT, TSX -> BINDINGS.containsKey(type) && !type.equals("assignment");
      default -> false;
    };
  }

  /** {@code f} in {@code const f = …}, {@code Foo.prototype.f = …}, {@code f: function …}. */
  private static String bindingName(TSNode node, String type, Language language, byte[] utf8) {
    TSNode name = node.getChildByFieldName(BINDINGS.get(type));
    if (name == null || name.isNull()) {
      return "";
    }
    String nameType = name.getType();
    boolean simple = nameType.equals("identifier") || nameType.equals("member_expression");
    if (!simple
        && (type.startsWith("assignment")
            || type.equals("variable_declarator")
            || type.equals("var_spec"))) {
      return ""; // a destructuring pattern or an attribute: not a name
    }
    String n = clean(text(name, utf8));
    if (n.equals("exports")) {
      TSNode fn = boundFunction(node, language).getChildByFieldName("name");
      return fn == null || fn.isNull() ? n : text(fn, utf8);
    }
    return n;
  }

  /** The function a binding's value is, looking through parentheses; else null. */
  private static TSNode boundFunction(TSNode binding, Language language) {
    String field = binding.getType().startsWith("assignment") ? "right" : "value";
    TSNode v = binding.getChildByFieldName(field);
    while (v != null
        && !v.isNull()
        && (v.getType().equals("parenthesized_expression") || v.getType().equals("expression_list"))
        && v.getNamedChildCount() > 0) {
      v = v.getNamedChild(0);
    }
    if (v == null || v.isNull()) {
      return null;
    }
    String t = v.getType();
    return bodies(language).contains(t) || t.equals("class") ? v : null;
  }

  /**
   * The name as a chunk symbol shows it: quotes and brackets off, last dotted part; nothing for a
   * name past 120 characters (string keys in generated code are not symbols).
   */
  private static String clean(String raw) {
    String s = raw.strip();
    if (s.length() > 120) {
      return "";
    }
    if (s.length() >= 2 && "'\"`[".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.substring(s.lastIndexOf('.') + 1);
  }

  private static int endRow(TSNode node) {
    int row = node.getEndPoint().getRow();
    return node.getEndPoint().getColumn() == 0 && row > node.getStartPoint().getRow()
        ? row - 1
        : row;
  }

  private static String name(TSNode node, String type, Language language, byte[] utf8) {
    if (language == Language.KOTLIN) {
      return switch (type) {
        case "secondary_constructor" -> "constructor";
        case "companion_object" -> {
          String n = child(node, "type_identifier", utf8);
          yield n.isEmpty() ? "Companion" : n;
        }
        case "function_declaration" -> child(node, "simple_identifier", utf8);
        default -> child(node, "type_identifier", utf8);
      };
    }
    TSNode n = node.getChildByFieldName("name");
    return n == null || n.isNull() ? "" : clean(text(n, utf8));
  }

  private static String child(TSNode node, String type, byte[] utf8) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      if (node.getNamedChild(i).getType().equals(type)) {
        return text(node.getNamedChild(i), utf8);
      }
    }
    return "";
  }

  private static String text(TSNode n, byte[] utf8) {
    if (n == null || n.isNull()) {
      return "";
    }
    return new String(
        utf8, n.getStartByte(), n.getEndByte() - n.getStartByte(), StandardCharsets.UTF_8);
  }

  private static Set<String> defs(Language language) {
    return switch (language) {
      case JAVA -> JAVA_DEFS;
      case KOTLIN -> KOTLIN_DEFS;
      case PYTHON -> PYTHON_DEFS;
      case GO -> GO_DEFS;
      default -> JS_DEFS;
    };
  }

  private static Set<String> bodies(Language language) {
    return switch (language) {
      case JAVA -> JAVA_BODIES;
      case KOTLIN -> KOTLIN_BODIES;
      case PYTHON -> PYTHON_BODIES;
      case GO -> GO_BODIES;
      default -> JS_BODIES;
    };
  }

  private static TSLanguage grammar(Language language) {
    return switch (language) {
      case JAVA -> new TreeSitterJava();
      case KOTLIN -> new TreeSitterKotlin();
      case PYTHON -> new TreeSitterPython();
      case JAVASCRIPT -> new TreeSitterJavascript();
      case TYPESCRIPT, TSX -> new TreeSitterTypescript();
      case GO -> new TreeSitterGo();
      default -> throw new IllegalArgumentException(language.id());
    };
  }
}
