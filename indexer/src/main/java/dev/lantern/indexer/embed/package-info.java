/**
 * Embedding for ingestion and queries: {@link dev.lantern.indexer.embed.OnnxEmbedder} runs a
 * sentence-embedding ONNX model in-process through DJL and ONNX Runtime (the default model ships on
 * the classpath; nothing is downloaded), {@link dev.lantern.indexer.embed.EmbeddingCache} keeps
 * vectors on disk by model identity and text hash, and {@link
 * dev.lantern.indexer.embed.CachingEmbedder} puts the two together so a new commit embeds only the
 * chunks it changed.
 */
package dev.lantern.indexer.embed;
