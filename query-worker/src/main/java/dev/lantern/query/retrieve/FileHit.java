package dev.lantern.query.retrieve;

/** A file ranked for a question, with its fused score. */
public record FileHit(String path, double score) {}
