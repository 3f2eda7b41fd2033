package dev.lantern.indexer.filter;

import dev.lantern.core.model.SourceFile;
import java.util.List;

/** The files chosen for indexing, sorted by path, and the report of what was skipped. */
public record Selection(List<SourceFile> files, FilterReport report) {}
