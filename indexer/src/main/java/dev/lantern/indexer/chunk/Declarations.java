package dev.lantern.indexer.chunk;

import dev.lantern.core.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Reads what a definition node declares: its name, its name qualified within the file, its
 * signature (the header up to the body, on one line) and a Python docstring. Only definition nodes
 * come here, so the per-node JNI calls are few.
 */
final class Declarations {
  /** Signatures are one line for lists and prompts; past this they are cut. */
  static final int MAX_SIGNATURE = 200;

  /** Names dropped from {@code module.exports.f} / {@code Foo.prototype.f} when qualifying. */
  private static final Set<String> BINDING_NOISE =
      Set.of("module", "exports", "prototype", "this", "window", "globalThis", "self");

  private final Grammar grammar;
  private final Language language;
  private final byte[] utf8;

  Declarations(Grammar grammar, Language language, byte[] utf8) {
    this.grammar = grammar;
    this.language = language;
    this.utf8 = utf8;
  }

  /** What a definition declares. */
  record Declared(String name, String localQualifiedName, String signature, String docstring) {}

  /**
   * The function or class a {@link NodeRole#NAMED_VALUE} binds, or null when it binds something
   * else: {@code const f = () => …}, {@code Listener l = (k, r) -> …}, {@code const M =
   * memo(function M() {…})}.
   */
  TSNode boundValue(TSNode declarator) {
    TSNode value =
        switch (declarator.getType()) {
          case "field_declaration" -> field(field(declarator, "declarator"), "value");
          case "assignment_expression", "assignment" -> field(declarator, "right");
          case "property_declaration" -> childWithRole(declarator, NodeRole.FUNCTION_VALUE);
          default -> field(declarator, "value");
        };
    if (value == null) {
      return null;
    }
    String type = value.getType();
    if (type.equals("parenthesized_expression") || type.equals("expression_list")) {
      value = value.getNamedChildCount() > 0 ? value.getNamedChild(0) : null;
    } else if (type.equals("call_expression")) {
      // A component or handler wrapped by a higher-order call: memo(function …), forwardRef(…).
      value = childWithRole(field(value, "arguments"), NodeRole.FUNCTION_VALUE);
    }
    if (value == null) {
      return null;
    }
    NodeRole role = grammar.role(value.getSymbol());
    return role == NodeRole.FUNCTION_VALUE || role == NodeRole.CLASS_VALUE ? value : null;
  }

  /**
   * For {@code const { a, b } = require('m')}: the bound names and the module, as import text; null
   * for any other declarator.
   */
  String requireImport(TSNode declarator) {
    if (!declarator.getType().equals("variable_declarator")) {
      return null;
    }
    TSNode value = field(declarator, "value");
    if (value == null || !value.getType().equals("call_expression")) {
      return null;
    }
    if (!text(field(value, "function")).equals("require")) {
      return null;
    }
    return text(field(declarator, "name")) + " " + text(field(value, "arguments"));
  }

  /** Reads a definition; null when it has no usable name (a destructuring pattern, say). */
  Declared read(TSNode node, TSNode value) {
    String type = node.getType();
    String name = cleanName(rawName(node, type));
    if (name.isEmpty()) {
      return null;
    }
    String local = localQualifiedName(node, type, name, value);
    String simple = local.contains(".") ? local.substring(local.lastIndexOf('.') + 1) : local;
    return new Declared(simple, local, signature(node, type, value), docstring(node, type));
  }

  private String rawName(TSNode node, String type) {
    return switch (type) {
      case "field_declaration" -> text(field(field(node, "declarator"), "name"));
      case "assignment_expression", "assignment" -> {
        TSNode left = field(node, "left");
        yield left != null && isNameLike(left.getType()) ? text(left) : "";
      }
      case "variable_declarator", "var_spec" -> {
        TSNode n = field(node, "name");
        yield n != null && n.getType().equals("identifier") ? text(n) : "";
      }
      case "pair" -> text(field(node, "key"));
      case "field_definition" -> text(field(node, "property"));
      case "companion_object" -> {
        String n = text(childOfType(node, "type_identifier"));
        yield n.isEmpty() ? "Companion" : n;
      }
      case "secondary_constructor" -> "constructor";
      case "property_declaration" ->
          text(childOfType(childOfType(node, "variable_declaration"), "simple_identifier"));
      default -> {
        if (language == Language.KOTLIN) {
          TSNode n = childOfType(node, "type_identifier");
          yield text(n != null ? n : childOfType(node, "simple_identifier"));
        }
        yield text(field(node, "name"));
      }
    };
  }

  private static boolean isNameLike(String type) {
    return type.equals("identifier") || type.equals("member_expression");
  }

  /** Quotes and brackets off: {@code "foo"} → foo, {@code [Symbol.iterator]} → Symbol.iterator. */
  private static String cleanName(String raw) {
    String s = raw.strip();
    if (s.length() >= 2 && "'\"`[".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.length() > 120 ? "" : s;
  }

  private String localQualifiedName(TSNode node, String type, String name, TSNode value) {
    if (type.equals("method_declaration") && language == Language.GO) {
      String receiver = firstTypeIdentifier(field(node, "receiver"), 0);
      return receiver == null ? name : receiver + "." + name;
    }
    if (type.equals("function_declaration") && language == Language.KOTLIN) {
      // An extension function is named by its receiver, like a Go method: String.shout.
      TSNode first = node.getNamedChildCount() > 0 ? firstNonModifier(node) : null;
      if (first != null && first.getType().equals("user_type")) {
        return References.lastSegment(text(first)) + "." + name;
      }
    }
    if (type.equals("assignment_expression")) {
      StringBuilder sb = new StringBuilder();
      for (String part : name.split("\\.")) {
        if (!BINDING_NOISE.contains(part) && !part.isBlank()) {
          sb.append(sb.length() > 0 ? "." : "").append(part.strip());
        }
      }
      String fnName = value == null ? "" : text(field(value, "name"));
      return sb.length() > 0 ? sb.toString() : (fnName.isEmpty() ? name : fnName);
    }
    return name;
  }

  private TSNode firstNonModifier(TSNode node) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      if (!c.getType().equals("modifiers") && !c.getType().equals("type_parameters")) {
        return c;
      }
    }
    return null;
  }

  private String signature(TSNode node, String type, TSNode value) {
    int from = node.getStartByte();
    TSNode parent = node.getParent();
    if (parent != null && !parent.isNull() && parent.getNamedChildCount() == 1) {
      // The keyword lives on the wrapper: "const f = …", Go's "type T struct".
      String p = parent.getType();
      if (p.equals("lexical_declaration")
          || p.equals("variable_declaration")
          || p.equals("type_declaration")
          || p.equals("var_declaration")) {
        from = parent.getStartByte();
      }
    }
    TSNode body = body(value != null ? value : node);
    int to;
    if (body != null) {
      to = body.getStartByte();
    } else if (value != null) {
      to = value.getStartByte();
    } else {
      to = node.getEndByte();
      // Without a body node (a Go struct, a misparse) the header ends at the first brace; an
      // alias is all header.
      if (!type.contains("alias")) {
        int brace = indexOf(from, to, (byte) '{');
        to = brace >= 0 ? brace : to;
      }
    }
    return oneLine(from, to);
  }

  private TSNode body(TSNode node) {
    TSNode body = grammar.hasFields() ? field(node, "body") : null;
    if (body != null) {
      return body;
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      switch (c.getType()) {
        case "class_body", "enum_class_body", "function_body", "statements" -> {
          return c;
        }
        default -> {}
      }
    }
    return null;
  }

  private String docstring(TSNode node, String type) {
    if (language != Language.PYTHON
        || !(type.equals("function_definition") || type.equals("class_definition"))) {
      return "";
    }
    TSNode body = field(node, "body");
    if (body == null || body.getNamedChildCount() == 0) {
      return "";
    }
    TSNode first = body.getNamedChild(0);
    if (!first.getType().equals("expression_statement") || first.getNamedChildCount() == 0) {
      return "";
    }
    TSNode s = first.getNamedChild(0);
    return s.getType().equals("string") ? DocComments.cleanDocstring(text(s)) : "";
  }

  /** Bytes {@code from..to} as one line: whitespace collapsed, annotations dropped, capped. */
  private String oneLine(int from, int to) {
    int end = Math.min(to, Math.min(utf8.length, from + 4 * MAX_SIGNATURE));
    while (end > from && end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
      end--; // never cut inside a UTF-8 sequence
    }
    String s = end <= from ? "" : new String(utf8, from, end - from, StandardCharsets.UTF_8);
    s = s.replaceAll("\\s+", " ").strip();
    // Leading annotations say little about what the definition is: @Override, @Test.
    s = s.replaceFirst("^(@[\\w.]+(\\([^()]*\\))? )+", "");
    if (s.endsWith("{") || s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s.length() > MAX_SIGNATURE ? s.substring(0, MAX_SIGNATURE).strip() + "…" : s;
  }

  private int indexOf(int from, int to, byte b) {
    for (int i = from; i < Math.min(to, utf8.length); i++) {
      if (utf8[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private String firstTypeIdentifier(TSNode node, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.getType().equals("type_identifier")) {
      return text(node);
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      String found = firstTypeIdentifier(node.getNamedChild(i), depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private TSNode childWithRole(TSNode node, NodeRole role) {
    if (node == null) {
      return null;
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      if (grammar.role(c.getSymbol()) == role) {
        return c;
      }
    }
    return null;
  }

  private static TSNode childOfType(TSNode node, String type) {
    if (node == null) {
      return null;
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      if (c.getType().equals(type)) {
        return c;
      }
    }
    return null;
  }

  private static TSNode field(TSNode node, String name) {
    if (node == null) {
      return null;
    }
    TSNode f = node.getChildByFieldName(name);
    return f == null || f.isNull() ? null : f;
  }

  String text(TSNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    int from = Math.max(0, node.getStartByte());
    int to = Math.min(utf8.length, node.getEndByte());
    return to <= from ? "" : new String(utf8, from, to - from, StandardCharsets.UTF_8);
  }
}
