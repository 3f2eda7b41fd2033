package dev.lantern.indexer.chunk;

import dev.lantern.core.model.ChunkKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A definition found in a syntax tree, with the member definitions nested in it. Rows are 0-based;
 * {@link #startRow} moves up over decorators, {@code export} and the doc comment.
 */
final class Definition {
  final ChunkKind kind;
  final String name;
  final String qualifiedName;
  final String signature;

  /** Row of the definition node itself, where its declaration begins. */
  final int nodeRow;

  final int depth;
  int startRow;
  int endRow;
  String doc;
  final List<Definition> children = new ArrayList<>();

  Definition(
      ChunkKind kind,
      String name,
      String qualifiedName,
      String signature,
      String doc,
      int startRow,
      int nodeRow,
      int endRow,
      int depth) {
    this.kind = kind;
    this.name = name;
    this.qualifiedName = qualifiedName;
    this.signature = signature;
    this.doc = doc;
    this.startRow = startRow;
    this.nodeRow = nodeRow;
    this.endRow = endRow;
    this.depth = depth;
  }

  @Override
  public String toString() {
    return qualifiedName + "@" + (startRow + 1) + "-" + (endRow + 1);
  }
}
