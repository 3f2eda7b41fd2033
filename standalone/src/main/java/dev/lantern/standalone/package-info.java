/**
 * The standalone runtime: one process, zero configuration. {@link dev.lantern.standalone.Main} is
 * the CLI entry point and {@link dev.lantern.standalone.Lantern} the composition root that wires
 * the indexer and query worker with local adapters.
 */
package dev.lantern.standalone;
