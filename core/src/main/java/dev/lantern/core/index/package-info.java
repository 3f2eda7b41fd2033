/**
 * The index format both runtimes share: a Lucene lexical index of chunks and files, a FAISS vector
 * index of chunk embeddings, and a manifest, written together as one versioned directory.
 */
package dev.lantern.core.index;
