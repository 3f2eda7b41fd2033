/**
 * Chat-model backends chosen by configuration {@code kind} ({@link
 * dev.lantern.query.model.ChatModelFactory}): an OpenAI-compatible streaming client, wrapped in a
 * retry decorator.
 */
package dev.lantern.query.model;
