package dev.lantern.query.answer;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.DefinitionLines;
import dev.lantern.query.retrieve.IndexCallees;
import java.util.ArrayList;
import java.util.List;

/**
 * The places that call a symbol, from the references the chunker recorded, each cited at its call
 * ({@link CallSites}). References are names, so a method is also "called" wherever another class
 * calls a method of the same name on itself: flask's {@code TaggedJSONSerializer.__init__} calls
 * its own {@code register}, not {@code Blueprint.register}. A caller whose own class defines the
 * name is left out, unless that class is the symbol's; so is one whose every call of the name is
 * made on some other object ({@code chal.get(…)} is a dictionary's, not {@code requests.get}), and,
 * for a private function, one in another file; so is one that writes the name in another case only
 * (Go's {@code Execute} is not {@code execute}). A name defined in many places has no callers that
 * can be told apart, and gets none.
 */
public final class IndexCallers implements CallerLookup {
  /** A name defined in more places than this has no callers that can be told apart. */
  static final int MAX_DEFINITIONS = 5;

  private final LexicalIndex lexical;

  public IndexCallers(LexicalIndex lexical) {
    this.lexical = lexical;
  }

  @Override
  public List<Location> callersOf(String symbol, int limit) {
    String name = symbol.substring(symbol.lastIndexOf('.') + 1);
    String owner = IndexCallees.ownerOf(symbol);
    List<LexicalIndex.Hit> definitions = lexical.definitions(name, MAX_DEFINITIONS + 1);
    if (definitions.size() > MAX_DEFINITIONS) {
      // express's `json` export, res.json, and a json() in every example: whose call is whose?
      return List.of();
    }
    List<String> otherOwners = new ArrayList<>();
    String defPath = "";
    boolean fileOnly = false;
    for (LexicalIndex.Hit h : definitions) {
      StoredChunk d = lexical.chunk(h.ord());
      if (defPath.isEmpty() && (d.qualifiedName().equals(symbol) || d.symbol().equals(symbol))) {
        defPath = d.path();
        fileOnly = IndexCallees.isPrivate(d);
      }
      String o = IndexCallees.ownerOf(d.qualifiedName().isEmpty() ? d.symbol() : d.qualifiedName());
      if (!o.isEmpty() && !o.equals(owner)) {
        otherOwners.add(o);
      }
    }
    List<Location> out = new ArrayList<>();
    for (int ord : lexical.chunksReferencing(symbol, limit)) {
      StoredChunk c = lexical.chunk(ord);
      String qualified = c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName();
      // A method's class, or the class itself when it is indexed whole.
      String callerClass =
          "type".equalsIgnoreCase(c.kind())
              ? qualified.substring(qualified.lastIndexOf('.') + 1)
              : IndexCallees.ownerOf(qualified);
      if (fileOnly && !c.path().equals(defPath)) {
        // A private function is called from its own file only, whatever others spell alike.
        continue;
      }
      if (!spelledExactly(c.text(), name)) {
        // References are matched without case; names are not: Go's template `t.Execute(…)` does
        // not call cobra's `Command.execute`.
        continue;
      }

      if (!otherOwners.contains(callerClass)
          && !definesInside(c, name, owner)
          && !IndexCallees.callsOnlyOnOtherObjects(c, name, owner, defPath)
          && !IndexCallees.callsOnlyOnOtherTypes(c, name, owner, lexical)) {
        Location site = CallSites.of(c, symbol);
        // A function taking a parameter of that name uses its argument, not this function.
        if (!owner.isEmpty()
            || !"function".equals(site.kind())
            || !IndexCallees.takesAsParameter(site.snippet(), name)) {
          out.add(site);
        }
      }
    }
    return out;
  }

  /** Whether {@code text} writes {@code name} as a word, in its case. */
  static boolean spelledExactly(String text, String name) {
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      if ((i == 0 || !isNamePart(text.charAt(i - 1)))
          && (end == text.length() || !isNamePart(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /**
   * True when {@code c} is a class indexed whole, other than {@code owner}, whose text defines a
   * method {@code name}: its calls of that name are most likely its own.
   */
  private static boolean definesInside(StoredChunk c, String name, String owner) {
    if (!"type".equalsIgnoreCase(c.kind()) || c.symbol().equals(owner)) {
      return false;
    }
    return c.text().lines().skip(1).anyMatch(l -> name.equals(DefinitionLines.definedName(l)));
  }
}
