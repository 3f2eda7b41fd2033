/** The embedding port: turns text into vectors with a model whose identity is recorded. */
package dev.lantern.core.embed;
