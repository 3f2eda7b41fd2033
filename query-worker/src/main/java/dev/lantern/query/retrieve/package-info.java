/**
 * Hybrid retrieval: a question is analysed into identifiers, paths and words; candidates come from
 * BM25 over chunks and over whole files, FAISS k-NN over chunk embeddings and exact symbol matches;
 * reciprocal-rank fusion ranks files and spans each on their own terms.
 */
package dev.lantern.query.retrieve;
