/**
 * Choosing which files of a fetched tree to index, and saying why every other file was skipped:
 * .gitignore, vendored, generated, minified, lock files, binaries, size cap, symlinks.
 */
package dev.lantern.indexer.filter;
