/**
 * Splitting files into chunks, the unit indexed and cited (DESIGN §4). Use {@link
 * dev.lantern.indexer.chunk.ChunkerRegistry}: tree-sitter definitions for code (Java, Kotlin,
 * Python, JavaScript, TypeScript/TSX, Go), heading sections for Markdown, blank-line-cut windows
 * for everything else. Chunks never overlap, cover every non-blank line, and stay within {@link
 * dev.lantern.indexer.chunk.SizeCap#DEFAULT} unless a single line is longer.
 */
package dev.lantern.indexer.chunk;
