/**
 * Ingestion as plain steps with typed inputs and outputs (chunk → lexical → embed → persist), run
 * in the same order by the standalone runner and by the cloud state machine's tasks.
 */
package dev.lantern.indexer.pipeline;
