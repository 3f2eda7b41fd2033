package dev.lantern.indexer.chunk;

import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.text.DocText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * One iterative pass over a syntax tree (no recursion: deeply nested expressions cannot overflow
 * the stack) collecting definitions with their doc comments, and call/import references by row.
 */
final class TreeWalker {
  private static final Set<String> FUNCTION_VALUES =
      Set.of("arrow_function", "function_expression", "function", "generator_function", "class");
  private static final Set<String> IMPORT_NOISE =
      Set.of(
          "import", "from", "as", "static", "package", "require", "type", "typeof", "default",
          "java", "javax");

  /** Words no definition is named by; seen as names only in code the parser could not read. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "if", "else", "for", "while", "do", "switch", "case", "catch", "try", "finally", "return",
          "throw", "new", "typeof", "await", "yield", "with");

  /** A reference to another symbol: a call or an import, on a 0-based row. */
  record Ref(int row, String name) {}

  private final LanguageSpec spec;
  private final byte[] utf8;
  private final Lines lines;
  final List<Definition> top = new ArrayList<>();
  final List<Ref> refs = new ArrayList<>();

  /** Names bound at module level outside any definition (variables, constants), by row. */
  final List<Ref> names = new ArrayList<>();

  private final Deque<Definition> open = new ArrayDeque<>();
  private int docStart = -1;
  private int docEnd = -1;

  TreeWalker(LanguageSpec spec, byte[] utf8, Lines lines) {
    this.spec = spec;
    this.utf8 = utf8;
    this.lines = lines;
  }

  /**
   * Visits the named nodes in document order. Named children are asked for directly rather than
   * stepping a cursor over every node: each node handed across JNI costs about a microsecond, and
   * anonymous tokens (punctuation, keywords), four nodes in ten, never matter here.
   */
  void walk(TSNode root) {
    Deque<Frame> stack = new ArrayDeque<>();
    if (visit(root, root.getType(), 0)) {
      stack.push(new Frame(root, 0, root.getNamedChildCount()));
    }
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (f.next == f.count) {
        stack.pop();
        continue;
      }
      TSNode child = f.node.getNamedChild(f.next++);
      int depth = f.depth + 1;
      while (!open.isEmpty() && open.peek().depth >= depth) {
        open.pop();
      }
      String type = child.getType();
      if (visit(child, type, depth) && !LEAVES.contains(type) && !spec.opaque().contains(type)) {
        int count = child.getNamedChildCount();
        if (count > 0) {
          stack.push(new Frame(child, depth, count));
        }
      }
    }
  }

  /** A node being walked: its depth and which of its named children comes next. */
  private static final class Frame {
    final TSNode node;
    final int depth;
    final int count;
    int next;

    Frame(TSNode node, int depth, int count) {
      this.node = node;
      this.depth = depth;
      this.count = count;
    }
  }

  /** Named node types that never have named children: no need to ask. */
  private static final Set<String> LEAVES =
      Set.of(
          "identifier",
          "type_identifier",
          "field_identifier",
          "property_identifier",
          "shorthand_property_identifier",
          "simple_identifier",
          "package_identifier",
          "statement_identifier",
          "string_fragment",
          "string_content",
          "escape_sequence",
          "decimal_integer_literal",
          "hex_integer_literal",
          "decimal_floating_point_literal",
          "character_literal",
          "integer",
          "float",
          "number",
          "int_literal",
          "float_literal",
          "true",
          "false",
          "null_literal",
          "none",
          "this",
          "void_type",
          "integral_type",
          "floating_point_type",
          "boolean_type");

  /** Handles one node; returns whether to descend into it. */
  private boolean visit(TSNode node, String type, int depth) {
    if (spec.comments().contains(type)) {
      int s = node.getStartPoint().getRow(), e = node.getEndPoint().getRow();
      if (docEnd >= 0 && s <= docEnd + 1) {
        docEnd = e;
      } else {
        docStart = s;
        docEnd = e;
      }
      return false;
    }
    ChunkKind kind = spec.definitions().get(type);
    if (kind != null) {
      Definition def = define(node, type, kind, depth);
      if (def != null) {
        (open.isEmpty() ? top : open.peek().children).add(def);
        open.push(def);
        if (type.equals("call_expression")) {
          String callee = callee(node, type);
          if (callee != null) {
            refs.add(new Ref(node.getStartPoint().getRow(), callee));
          }
        }
        return true;
      }
    }
    if (open.isEmpty() && BINDINGS.contains(type) && atModuleLevel(node)) {
      int row = node.getStartPoint().getRow();
      for (String name : boundNames(node, type)) {
        names.add(new Ref(row, name));
      }
    }
    // Java's `FieldNamingPolicy.IDENTITY` and `Strictness.valueOf(s)` use the type as much as
    // `new JsonReader(in)` does: the type is referred to.
    if (type.equals("field_access") || type.equals("method_invocation")) {
      String owner = typeObject(node);
      if (owner != null) {
        refs.add(new Ref(node.getStartPoint().getRow(), owner));
      }
    }
    if (spec.calls().contains(type)) {
      String callee = callee(node, type);
      if (callee != null) {
        refs.add(new Ref(node.getStartPoint().getRow(), callee));
      }
      clearDoc();
      return true;
    }
    if (spec.imports().contains(type)) {
      int row = node.getStartPoint().getRow();
      // Comments inside an import are not names it imports ("from x import (a,  # TODO: …"),
      // and tree-sitter-kotlin lets the last import take the comments after it, a class's doc
      // comment among them: those are read as comments.
      StringBuilder names = new StringBuilder();
      List<TSNode> trailing = new ArrayList<>();
      int from = node.getStartByte();
      for (int i = 0; i < node.getNamedChildCount(); i++) {
        TSNode child = node.getNamedChild(i);
        if (spec.comments().contains(child.getType())) {
          names.append(new String(utf8, from, child.getStartByte() - from, StandardCharsets.UTF_8));
          names.append('\n');
          from = child.getEndByte();
          trailing.add(child);
        } else {
          trailing.clear();
        }
      }
      names.append(new String(utf8, from, node.getEndByte() - from, StandardCharsets.UTF_8));
      for (String id : identifiers(names.toString())) {
        refs.add(new Ref(row, id));
      }
      clearDoc();
      for (TSNode c : trailing) {
        visit(c, c.getType(), depth + 1);
      }
      return false;
    }
    if (type.equals("decorator")) {
      return false;
    }
    if (!spec.wrappers().contains(type)) {
      clearDoc();
    }
    return true;
  }

  /** Nodes that bind names: Python assignments, JS/TS declarators, Go specs, Kotlin properties. */
  private static final Set<String> BINDINGS =
      Set.of(
          "assignment",
          "assignment_expression",
          "variable_declarator",
          "const_spec",
          "var_spec",
          "property_declaration");

  /** Between a binding and the file's root: statements and declarations that only wrap it. */
  private static final Set<String> BINDING_WRAPPERS =
      Set.of(
          "expression_statement",
          "lexical_declaration",
          "variable_declaration",
          "export_statement",
          "ambient_declaration",
          "const_declaration",
          "var_declaration",
          "var_spec_list");

  private static final Set<String> ROOTS = Set.of("module", "program", "source_file");

  private static boolean atModuleLevel(TSNode node) {
    for (TSNode p = node.getParent(); !p.isNull(); p = p.getParent()) {
      if (ROOTS.contains(p.getType())) {
        return true;
      }
      if (!BINDING_WRAPPERS.contains(p.getType())) {
        return false;
      }
    }
    return false;
  }

  private List<String> boundNames(TSNode node, String type) {
    List<String> out = new ArrayList<>();
    switch (type) {
      case "assignment" -> {
        TSNode left = node.getChildByFieldName("left");
        if (left == null || left.isNull()) {
          // Kotlin's assignment (`rootProject.name = …`) has no such field: not a binding.
          return out;
        }
        if (left.getType().equals("identifier")) {
          out.add(text(left));
        } else if (left.getType().equals("pattern_list")
            || left.getType().equals("tuple_pattern")) {
          for (int i = 0; i < left.getNamedChildCount(); i++) {
            if (left.getNamedChild(i).getType().equals("identifier")) {
              out.add(text(left.getNamedChild(i)));
            }
          }
        }
      }
      case "variable_declarator" -> {
        TSNode name = node.getChildByFieldName("name");
        if (name != null && !name.isNull() && name.getType().equals("identifier")) {
          out.add(text(name));
        }
      }
      case "assignment_expression" -> {
        // CommonJS: `exports.static = …` and `module.exports.json = …` export a name.
        TSNode left = node.getChildByFieldName("left");
        if (left != null && !left.isNull() && left.getType().equals("member_expression")) {
          TSNode object = left.getChildByFieldName("object");
          TSNode property = left.getChildByFieldName("property");
          String owner = object == null || object.isNull() ? "" : text(object);
          if ((owner.equals("exports") || owner.equals("module.exports"))
              && property != null
              && !property.isNull()) {
            out.add(text(property));
          }
        }
      }
      case "property_declaration" -> {
        for (int i = 0; i < node.getNamedChildCount(); i++) {
          TSNode c = node.getNamedChild(i);
          if (c.getType().equals("variable_declaration")) {
            String n = firstIdentifier(c);
            if (n != null) {
              out.add(n);
            }
          }
        }
      }
      default -> {
        // Go: const_spec / var_spec name one or more identifiers before the type and value.
        for (int i = 0; i < node.getNamedChildCount(); i++) {
          TSNode c = node.getNamedChild(i);
          if (c.getType().equals("identifier")) {
            out.add(text(c));
          } else {
            break;
          }
        }
      }
    }
    out.removeIf(n -> n.isEmpty() || n.equals("_") || n.equals("__all__"));
    return out;
  }

  /**
   * The function of a one-element array (axios's {@code transformResponse: [function
   * transformResponse(data) {…}]}, a list of hooks holding the default), else the value itself.
   */
  private static TSNode soleFunction(TSNode value) {
    if (!value.isNull()
        && value.getType().equals("array")
        && value.getNamedChildCount() == 1
        && FUNCTION_VALUES.contains(value.getNamedChild(0).getType())) {
      return value.getNamedChild(0);
    }
    return value;
  }

  private void clearDoc() {
    docStart = -1;
    docEnd = -1;
  }

  private Definition define(TSNode node, String type, ChunkKind kind, int depth) {
    TSNode valueNode = null;
    String name;
    switch (type) {
      case "variable_declarator", "pair" -> {
        valueNode = soleFunction(node.getChildByFieldName("value"));
        if (valueNode.isNull() || !FUNCTION_VALUES.contains(valueNode.getType())) {
          return null;
        }
        name = lastSegment(text(node.getChildByFieldName(type.equals("pair") ? "key" : "name")));
        if (valueNode.getType().equals("class")) {
          kind = ChunkKind.TYPE;
        }
      }
      case "assignment_expression" -> {
        valueNode = node.getChildByFieldName("right");
        if (valueNode.isNull() || !FUNCTION_VALUES.contains(valueNode.getType())) {
          return null;
        }
        name = lastSegment(text(node.getChildByFieldName("left")));
      }
      case "public_field_definition", "field_definition" -> {
        // A class field holding a function: Hono's `json: JSONRespond = (object, arg) => {…}`,
        // a React component's `handleClick = () => {…}`.
        valueNode = soleFunction(node.getChildByFieldName("value"));
        if (valueNode.isNull() || !FUNCTION_VALUES.contains(valueNode.getType())) {
          return null;
        }
        TSNode n = node.getChildByFieldName("name");
        if (n == null || n.isNull()) {
          n = node.getChildByFieldName("property");
        }
        name = n == null || n.isNull() ? null : text(n);
      }
      case "call_expression" -> {
        valueNode = namedFunctionArgument(node);
        if (valueNode == null) {
          return null;
        }
        name = text(valueNode.getChildByFieldName("name"));
      }
      case "companion_object" -> {
        String n = firstIdentifier(node);
        name = n == null ? "Companion" : n;
      }
      default -> {
        TSNode n = node.getChildByFieldName("name");
        name = n.isNull() ? firstIdentifier(node) : text(n);
      }
    }
    // A JavaScript private method (`#retry() {…}`) is named without its #, as a reader says it.
    if (name != null && name.startsWith("#")) {
      name = name.substring(1);
    }
    if (name == null
        || name.isBlank()
        || !Character.isJavaIdentifierStart(name.charAt(0))
        || KEYWORDS.contains(name.strip())) {
      // A statement read as a method while the parser recovers from an error ("if (x) {…}").
      return null;
    }
    name = name.strip();
    String qualified = open.isEmpty() ? name : open.peek().qualifiedName + "." + name;
    if (type.equals("method_declaration")
        && node.getChildByFieldName("receiver") != null
        && !node.getChildByFieldName("receiver").isNull()) {
      String receiver = firstTypeIdentifier(node.getChildByFieldName("receiver"), 0);
      if (receiver != null) {
        qualified = receiver + "." + name;
      }
    }
    // The definition's outer start: decorators, export and declaration keywords belong to it.
    TSNode outer = node;
    for (TSNode p = node.getParent();
        !p.isNull() && spec.wrappers().contains(p.getType());
        p = p.getParent()) {
      outer = p;
    }
    int start = outer.getStartPoint().getRow();
    int end = node.getEndPoint().getRow();
    if (node.getEndPoint().getColumn() == 0 && end > start) {
      end--;
    }
    Definition def =
        new Definition(kind, name, qualified, signature(node, valueNode), start, end, depth);
    // A doc comment right above; a /** block may stand one blank line apart (axios's methods).
    boolean acrossBlank =
        docEnd >= 0
            && docEnd == start - 2
            && lines.blank(start - 1)
            && lines.text(docStart, docStart).strip().startsWith("/**");
    if (docEnd >= 0 && ((docEnd >= start - 1 && docEnd <= start) || acrossBlank)) {
      def.startRow = Math.min(start, docStart);
      def.doc = DocText.clean(lines.text(docStart, docEnd));
    }
    clearDoc();
    String docstring = pythonDocstring(node);
    if (docstring != null) {
      def.doc = docstring;
    }
    return def;
  }

  /**
   * The named function passed to a module-level call statement, which defines it as much as an
   * assignment would: Express's {@code defineGetter(req, 'ip', function ip() {…})}, {@code
   * app.use(function logger(req, res, next) {…})}. Null for anonymous callbacks ({@code
   * describe('…', function () {…})}) and for calls inside a definition or an expression.
   */
  private static TSNode namedFunctionArgument(TSNode call) {
    TSNode statement = call.getParent();
    if (statement.isNull()
        || !statement.getType().equals("expression_statement")
        || statement.getParent().isNull()
        || !ROOTS.contains(statement.getParent().getType())) {
      return null;
    }
    TSNode args = call.getChildByFieldName("arguments");
    if (args == null || args.isNull()) {
      return null;
    }
    for (int i = 0; i < args.getNamedChildCount(); i++) {
      TSNode a = args.getNamedChild(i);
      String t = a.getType();
      if (t.equals("function_expression") || t.equals("function")) {
        TSNode name = a.getChildByFieldName("name");
        return name == null || name.isNull() ? null : a;
      }
    }
    return null;
  }

  private String pythonDocstring(TSNode node) {
    if (!node.getType().endsWith("_definition")) {
      return null;
    }
    TSNode body = node.getChildByFieldName("body");
    if (body.isNull() || body.getNamedChildCount() == 0) {
      return null;
    }
    TSNode first = body.getNamedChild(0);
    if (!first.getType().equals("expression_statement") || first.getNamedChildCount() == 0) {
      return null;
    }
    TSNode s = first.getNamedChild(0);
    return s.getType().equals("string") ? DocText.clean(text(s)) : null;
  }

  private String signature(TSNode node, TSNode value) {
    TSNode bodyOwner = value != null ? value : node;
    TSNode body = bodyOwner.getChildByFieldName("body");
    if (body.isNull()) {
      for (int i = 0; i < node.getNamedChildCount(); i++) {
        String t = node.getNamedChild(i).getType();
        if (t.equals("class_body") || t.equals("function_body") || t.equals("enum_class_body")) {
          body = node.getNamedChild(i);
          break;
        }
      }
    }
    int from = node.getStartByte();
    int to = body.isNull() ? Math.min(node.getEndByte(), from + 400) : body.getStartByte();
    String sig =
        new String(
            utf8, from, Math.max(0, Math.min(to, utf8.length) - from), StandardCharsets.UTF_8);
    sig = sig.replaceAll("\\s+", " ").strip();
    return sig.length() > 200 ? sig.substring(0, 200) + "…" : sig;
  }

  private String callee(TSNode node, String type) {
    TSNode f =
        switch (type) {
          case "method_invocation" -> node.getChildByFieldName("name");
          case "object_creation_expression" -> node.getChildByFieldName("type");
          case "new_expression" -> node.getChildByFieldName("constructor");
          case "call" -> node.getChildByFieldName("function");
          case "call_expression" -> {
            TSNode fn = node.getChildByFieldName("function");
            yield fn.isNull() && node.getNamedChildCount() > 0 ? node.getNamedChild(0) : fn;
          }
          default -> null;
        };
    if (f == null || f.isNull()) {
      return null;
    }
    String t = text(f);
    if (t.length() > 200) {
      return null;
    }
    // this.#retry(): the private method retry.
    String name = lastSegment(t.replaceAll("<.*$", "").replaceAll("\\(.*$", "").replace("#", ""));
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? null : name;
  }

  /**
   * The type a Java member access goes through ({@code FieldNamingPolicy} in {@code
   * FieldNamingPolicy.IDENTITY}): an object that is a plain capitalised name, not a constant such
   * as {@code LOG}. Null otherwise.
   */
  private String typeObject(TSNode node) {
    TSNode object = node.getChildByFieldName("object");
    if (object == null || object.isNull() || !object.getType().equals("identifier")) {
      return null;
    }
    String name = text(object);
    return Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase(Locale.ROOT))
        ? name
        : null;
  }

  private String firstIdentifier(TSNode node) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      String t = c.getType();
      if (t.equals("type_identifier") || t.equals("simple_identifier") || t.equals("identifier")) {
        return text(c);
      }
    }
    return null;
  }

  private String firstTypeIdentifier(TSNode node, int depth) {
    if (node.getType().equals("type_identifier")) {
      return text(node);
    }
    if (depth > 5) {
      return null;
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      String found = firstTypeIdentifier(node.getNamedChild(i), depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private String text(TSNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    int from = Math.max(0, node.getStartByte());
    int to = Math.min(utf8.length, node.getEndByte());
    return to <= from ? "" : new String(utf8, from, to - from, StandardCharsets.UTF_8);
  }

  static String lastSegment(String s) {
    String t = s.strip();
    int i = Math.max(t.lastIndexOf('.'), Math.max(t.lastIndexOf(':'), t.lastIndexOf('>')));
    t = i >= 0 ? t.substring(i + 1) : t;
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < t.length() && (Character.isJavaIdentifierPart(t.charAt(k))); k++) {
      sb.append(t.charAt(k));
    }
    return sb.toString();
  }

  static List<String> identifiers(String importText) {
    List<String> out = new ArrayList<>();
    for (String part : importText.split("[^A-Za-z0-9_$.]+")) {
      String id = lastSegment(part);
      if (!id.isEmpty()
          && Character.isJavaIdentifierStart(id.charAt(0))
          && !IMPORT_NOISE.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
