package dev.lantern.query.answer;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Location;
import dev.lantern.query.overview.TypeOverview;
import dev.lantern.query.retrieve.ClassBases;
import dev.lantern.query.retrieve.HybridRetriever;
import dev.lantern.query.retrieve.IndexCallees;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods that override a method, from the index: the method's class's subclasses (classes of
 * the product's code that name it as a base, and theirs in turn), each with its definition of the
 * same name. flask's {@code SessionInterface.save_session} only documents what a session interface
 * must do; {@code SecureCookieSessionInterface.save_session} does it. A subclass indexed whole (one
 * chunk for a small class) is read for the method's lines. A test's subclass is a fixture, not
 * where the work is done, and is left out.
 */
public final class IndexOverrides implements OverrideLookup {
  /** Definitions of the method's name looked through. */
  static final int MAX_DEFINITIONS = 200;

  /** Levels of subclasses followed down. */
  static final int MAX_DEPTH = 3;

  private final LexicalIndex lexical;

  public IndexOverrides(LexicalIndex lexical) {
    this.lexical = lexical;
  }

  @Override
  public List<Location> overridesOf(String symbol, int limit) {
    String owner = IndexCallees.ownerOf(symbol);
    if (owner.isEmpty() || limit <= 0) {
      return List.of();
    }
    // Most classes have no subclass: look for those first, the method's definitions only then.
    List<StoredChunk> subclasses = ClassBases.subclasses(owner, lexical, MAX_DEPTH);
    if (subclasses.isEmpty()) {
      return List.of();
    }
    String name = symbol.substring(symbol.lastIndexOf('.') + 1);
    List<StoredChunk> methods = new ArrayList<>();
    for (LexicalIndex.Hit h : lexical.definitions(name, MAX_DEFINITIONS)) {
      StoredChunk d = lexical.chunk(h.ord());
      if (ChunkKind.FUNCTION.name().equals(d.kind())) {
        methods.add(d);
      }
    }
    List<Location> out = new ArrayList<>();
    for (StoredChunk sub : subclasses) {
      String subName = ClassBases.simpleName(sub.symbol());
      Location found = null;
      for (StoredChunk m : methods) {
        String q = m.qualifiedName().isEmpty() ? m.symbol() : m.qualifiedName();
        if (m.path().equals(sub.path()) && IndexCallees.ownerOf(q).equals(subName)) {
          found = HybridRetriever.toLocation(m, 0);
          break;
        }
      }
      if (found == null) {
        // A class indexed whole: its methods are read from its text.
        found =
            TypeOverview.membersFromText(sub, subName).stream()
                .filter(l -> l.symbol().equals(subName + "." + name))
                .findFirst()
                .orElse(null);
      }
      if (found != null) {
        out.add(found);
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }
}
