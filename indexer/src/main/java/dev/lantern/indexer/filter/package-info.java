/**
 * Choosing which files of a fetched tree to index, and saying why every other file was skipped:
 * .gitignore, vendored, generated, minified, lock files, binaries, size cap, symlinks, non-code.
 * Use {@link dev.lantern.indexer.filter.FileSelector} after fetching; its {@link
 * dev.lantern.indexer.filter.FilterReport} is what {@code lantern index --dry-run} prints.
 */
package dev.lantern.indexer.filter;
