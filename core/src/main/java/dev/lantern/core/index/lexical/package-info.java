/**
 * The Lucene half of the index: chunk and file documents analysed so that identifiers match by
 * their whole form and by their camelCase/snake_case parts, and English words by their stems.
 */
package dev.lantern.core.index.lexical;
