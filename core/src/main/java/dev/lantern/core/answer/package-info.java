/** Answers as typed events, and the chat-model port that writes them. */
package dev.lantern.core.answer;
