package dev.lantern.indexer.chunk;

import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TSQuery;
import org.treesitter.TSSymbolType;

/**
 * A loaded tree-sitter language with its {@link LanguageRules} resolved to symbol and field ids, so
 * the walk compares ints instead of fetching a type name per node (a JNI string per node cost half
 * the throughput). Immutable; shared by all threads.
 */
final class Grammar {
  final LanguageRules rules;
  final TSLanguage language;
  private final NodeRole[] roleBySymbol;

  /** Field id of a call's argument list, or -1 when the grammar has no fields. */
  final int argumentsField;

  /**
   * JSX element names ({@code <UserCard …/>}), compiled once; null for grammars without JSX. A
   * query, not the walk, finds them: inside function bodies the walk does not type nodes.
   */
  final TSQuery jsxElements;

  private final boolean[] calleeField;
  private final boolean[] opaqueField;

  Grammar(LanguageRules rules) {
    this.rules = rules;
    this.language = rules.grammar().get();
    int symbols = language.symbolCount();
    roleBySymbol = new NodeRole[symbols];
    for (int s = 0; s < symbols; s++) {
      NodeRole role = NodeRole.OTHER;
      // Anonymous tokens share names with named nodes ("class", "function"); only named count.
      if (language.symbolType(s) == TSSymbolType.TSSymbolTypeRegular) {
        role = rules.roles().getOrDefault(language.symbolName(s), NodeRole.OTHER);
      }
      roleBySymbol[s] = role;
    }
    int fields = language.fieldCount();
    int args = fieldId("arguments");
    argumentsField = args > 0 ? args : -1;
    calleeField = fieldSet(rules.calleeFields(), fields);
    opaqueField = fieldSet(rules.opaqueFields(), fields);
    jsxElements =
        language.symbolForName("jsx_opening_element", true) > 0
            ? new TSQuery(
                language,
                "(jsx_opening_element name: (_) @name) (jsx_self_closing_element name: (_) @name)")
            : null;
  }

  NodeRole role(int symbol) {
    return symbol >= 0 && symbol < roleBySymbol.length ? roleBySymbol[symbol] : NodeRole.OTHER;
  }

  boolean hasFields() {
    return argumentsField > 0;
  }

  boolean isCallee(int field) {
    return field > 0 && field < calleeField.length && calleeField[field];
  }

  boolean isOpaque(int field) {
    return field > 0 && field < opaqueField.length && opaqueField[field];
  }

  private int fieldId(String name) {
    for (int f = 1; f <= language.fieldCount(); f++) {
      if (name.equals(language.fieldNameForId(f))) {
        return f;
      }
    }
    return -1;
  }

  private boolean[] fieldSet(Set<String> names, int fields) {
    boolean[] set = new boolean[fields + 1];
    for (String n : names) {
      int id = fieldId(n);
      if (id > 0) {
        set[id] = true;
      }
    }
    return set;
  }
}
