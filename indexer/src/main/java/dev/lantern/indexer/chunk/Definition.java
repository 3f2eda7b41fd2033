package dev.lantern.indexer.chunk;

import dev.lantern.core.model.ChunkKind;
import java.util.ArrayList;
import java.util.List;

/** A definition found in a syntax tree, with its nested definitions; rows are 0-based. */
final class Definition {
  final ChunkKind kind;
  final String name;
  final String qualifiedName;
  final String signature;
  final int depth;
  int startRow;
  final int endRow;
  String doc = "";
  final List<Definition> children = new ArrayList<>();

  Definition(
      ChunkKind kind,
      String name,
      String qualifiedName,
      String signature,
      int startRow,
      int endRow,
      int depth) {
    this.kind = kind;
    this.name = name;
    this.qualifiedName = qualifiedName;
    this.signature = signature;
    this.startRow = startRow;
    this.endRow = endRow;
    this.depth = depth;
  }

  int lines() {
    return endRow - startRow + 1;
  }
}
