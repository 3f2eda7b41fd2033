package dev.lantern.query.model;

import dev.lantern.core.answer.ChatMessage;
import dev.lantern.core.answer.ChatModel;
import java.util.List;
import java.util.function.Consumer;

/**
 * Retries a model call that failed before streaming anything (connection refused, 429, 5xx), with
 * exponential backoff; once a token has been shown, a retry would repeat text, so it stops.
 */
public final class RetryingChatModel implements ChatModel {
  private final ChatModel inner;
  private final int attempts;
  private final long firstBackoffMillis;

  public RetryingChatModel(ChatModel inner, int attempts, long firstBackoffMillis) {
    this.inner = inner;
    this.attempts = attempts;
    this.firstBackoffMillis = firstBackoffMillis;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public String stream(List<ChatMessage> messages, Consumer<String> onToken) {
    long backoff = firstBackoffMillis;
    for (int attempt = 1; ; attempt++) {
      boolean[] streamed = {false};
      try {
        return inner.stream(
            messages,
            t -> {
              streamed[0] = true;
              onToken.accept(t);
            });
      } catch (ModelFailure e) {
        if (!e.retryable() || streamed[0] || attempt >= attempts) {
          throw e;
        }
      }
      try {
        Thread.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ModelFailure(
            dev.lantern.core.error.ErrorCode.MODEL_FAILED, "the answer was cancelled", false);
      }
      backoff *= 2;
    }
  }
}
