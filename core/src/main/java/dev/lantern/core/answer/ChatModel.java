package dev.lantern.core.answer;

import java.util.List;
import java.util.function.Consumer;

/**
 * A text-generation backend (SageMaker, OpenAI-compatible, ...), chosen by configuration kind.
 * Streams the reply piece by piece to {@code onToken} and returns the whole reply.
 */
public interface ChatModel {
  /** Name for logs and answers ({@code "openai:gpt-4o-mini"}); never contains secrets. */
  String name();

  /**
   * Sends the conversation and streams the reply.
   *
   * @throws dev.lantern.core.error.LanternException with {@code MODEL_FAILED} or {@code TIMEOUT}
   */
  String stream(List<ChatMessage> messages, Consumer<String> onToken);
}
