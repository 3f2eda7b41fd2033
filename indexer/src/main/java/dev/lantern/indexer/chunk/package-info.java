/**
 * Splitting files into chunks: tree-sitter definitions for code (Java, Kotlin, Python, JavaScript,
 * TypeScript/TSX, Go), sections for Markdown, blank-line-cut windows for everything else. Use
 * {@link dev.lantern.indexer.chunk.ChunkerRegistry} to pick by language.
 */
package dev.lantern.indexer.chunk;
