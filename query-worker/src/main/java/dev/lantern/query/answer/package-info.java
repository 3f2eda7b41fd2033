/**
 * Writing answers from retrieved locations: {@link dev.lantern.query.answer.ExtractiveAnswerer}
 * without a model, {@link dev.lantern.query.answer.LlmAnswerer} with one (prompt building and
 * citation checks included).
 */
package dev.lantern.query.answer;
