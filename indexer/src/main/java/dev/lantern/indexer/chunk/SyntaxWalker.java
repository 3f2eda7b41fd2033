package dev.lantern.indexer.chunk;

import dev.lantern.core.model.ChunkKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * One iterative pass over a syntax tree with a single cursor (no recursion, so deeply nested
 * expressions cannot overflow the stack), collecting definitions and references.
 *
 * <p>Outside function bodies every node is typed, to find definitions at any nesting. Inside a
 * function body, and in types and parameter lists, nodes are not typed: their definitions are local
 * and not indexed, and a call is recognised by its {@code arguments} field alone, its callee being
 * the sibling before it. Fetching a node from the cursor costs a JNI object per node, about 1.8 µs;
 * skipping it for the bulk of the tree is what keeps the walk near tree-sitter's own parse speed.
 * Grammars without fields (Kotlin) type every node.
 */
final class SyntaxWalker {
  private final Grammar grammar;
  private final Lines lines;
  private final Declarations declarations;
  final List<Definition> top = new ArrayList<>();
  final References references = new References();

  private final Deque<Definition> open = new ArrayDeque<>();

  /** Per depth: first row of the wrapper chain ending at that depth, or -1 for a non-wrapper. */
  private int[] wrapperRow = new int[64];

  private int fastDepth = -1;

  SyntaxWalker(Grammar grammar, Lines lines, Declarations declarations) {
    this.grammar = grammar;
    this.lines = lines;
    this.declarations = declarations;
  }

  void walk(TSNode root) {
    TSTreeCursor cursor = new TSTreeCursor(root);
    int depth = 0;
    boolean descend = visitTyped(cursor, 0);
    while (true) {
      if (descend && cursor.gotoFirstChild()) {
        depth++;
      } else {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) {
            return;
          }
          depth--;
        }
      }
      if (fastDepth >= depth) {
        fastDepth = -1;
      }
      while (!open.isEmpty() && open.peek().depth >= depth) {
        open.pop();
      }
      descend = fastDepth >= 0 ? visitFast(cursor) : visitTyped(cursor, depth);
    }
  }

  /** A node inside a body: only calls matter. */
  private boolean visitFast(TSTreeCursor cursor) {
    if (grammar.hasFields()) {
      if (cursor.currentFieldId() == grammar.argumentsField) {
        recordCall(cursor);
      }
      return true;
    }
    TSNode node = cursor.currentNode();
    if (grammar.role(node.getSymbol()) == NodeRole.CALL) {
      recordKotlinCall(node);
    }
    return true;
  }

  private boolean visitTyped(TSTreeCursor cursor, int depth) {
    if (depth >= wrapperRow.length) {
      wrapperRow = Arrays.copyOf(wrapperRow, depth * 2);
    }
    wrapperRow[depth] = -1;
    int field = cursor.currentFieldId();
    if (grammar.hasFields()) {
      if (field == grammar.argumentsField) {
        recordCall(cursor);
      }
      if (grammar.isOpaque(field)) {
        fastDepth = depth;
        return true;
      }
    }
    TSNode node = cursor.currentNode();
    NodeRole role = grammar.role(node.getSymbol());
    switch (role) {
      case IMPORT -> {
        references.addImport(
            row(node.getStartByte()), declarations.text(node), grammar.rules.lineComment());
        return false;
      }
      case CALL -> recordKotlinCall(node);
      case WRAPPER ->
          wrapperRow[depth] =
              depth > 0 && wrapperRow[depth - 1] >= 0
                  ? wrapperRow[depth - 1]
                  : row(node.getStartByte());
      case TYPE -> define(node, null, ChunkKind.TYPE, depth);
      case FUNCTION -> {
        define(node, null, ChunkKind.FUNCTION, depth);
        fastDepth = depth;
      }
      case NAMED_VALUE -> {
        TSNode value = declarations.boundValue(node);
        if (value != null) {
          boolean isClass = grammar.role(value.getSymbol()) == NodeRole.CLASS_VALUE;
          // The function value itself switches to body scanning when the walk reaches it; in
          // "P = wrap(() => …, {…})" only that argument is a body, the object beside it is not.
          define(node, value, isClass ? ChunkKind.TYPE : ChunkKind.FUNCTION, depth);
        } else {
          String required = declarations.requireImport(node);
          if (required != null) {
            references.addImport(row(node.getStartByte()), required, grammar.rules.lineComment());
          }
        }
      }
      case FUNCTION_VALUE -> fastDepth = depth;
      default -> {}
    }
    return true;
  }

  private void define(TSNode node, TSNode value, ChunkKind kind, int depth) {
    Declarations.Declared d = declarations.read(node, value);
    if (d == null) {
      return;
    }
    Definition parent = open.peek();
    String qualified =
        parent == null
            ? d.localQualifiedName()
            : parent.qualifiedName + "." + d.localQualifiedName();
    int startByte = node.getStartByte();
    int endByte = Math.max(startByte, node.getEndByte() - 1);
    int nodeRow = row(startByte);
    int startRow =
        depth > 0 && wrapperRow[depth - 1] >= 0
            ? Math.min(wrapperRow[depth - 1], nodeRow)
            : nodeRow;
    Definition def =
        new Definition(
            kind,
            d.name(),
            qualified,
            d.signature(),
            d.docstring(),
            startRow,
            nodeRow,
            row(endByte),
            depth);
    (parent == null ? top : parent.children).add(def);
    open.push(def);
  }

  /**
   * The cursor is on a call's argument list; its callee is an earlier sibling with a callee field
   * (a method name, a function expression, a constructed type). The cursor is put back after.
   */
  private void recordCall(TSTreeCursor cursor) {
    int steps = 0;
    TSNode callee = null;
    while (steps < 6 && cursor.gotoPreviousSibling()) {
      steps++;
      if (grammar.isCallee(cursor.currentFieldId())) {
        callee = cursor.currentNode();
        break;
      }
    }
    for (int i = 0; i < steps; i++) {
      cursor.gotoNextSibling();
    }
    if (callee != null) {
      addCallee(callee);
    }
  }

  /** Kotlin: the callee is a call's first child ({@code foo}, {@code a.b.foo}, a type). */
  private void recordKotlinCall(TSNode call) {
    if (call.getNamedChildCount() > 0) {
      addCallee(call.getNamedChild(0));
    }
  }

  private void addCallee(TSNode callee) {
    int from = callee.getStartByte();
    int to = callee.getEndByte();
    // A long callee is an inline function or a chain across lines; its last name is called, but
    // a bounded read is enough to find it.
    int read = Math.min(to - from, 160);
    // f()() or a Kotlin call with a trailing lambda: the inner call names the callee itself.
    byte last = read > 0 ? lines.utf8()[to - 1] : 0;
    if (read > 0 && last != ')' && last != ']' && last != '}') {
      references.addCall(
          row(to - 1),
          new String(lines.utf8(), to - read, read, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private int row(int byteOffset) {
    return lines.rowOfByte(byteOffset);
  }
}
