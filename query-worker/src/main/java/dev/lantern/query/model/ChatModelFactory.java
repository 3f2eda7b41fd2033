package dev.lantern.query.model;

import dev.lantern.core.answer.ChatModel;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.util.Optional;

/** Creates the chat model named by configuration {@code kind}; empty means extractive answers. */
public final class ChatModelFactory {
  private ChatModelFactory() {}

  public static Optional<ChatModel> create(ModelConfig config) {
    return switch (config.kind()) {
      case "none", "" -> Optional.empty();
      case "openai" -> {
        if (config.baseUrl().isBlank() || config.model().isBlank()) {
          throw new LanternException(
              ErrorCode.BAD_REQUEST,
              "model kind 'openai' needs LANTERN_MODEL_BASE_URL and LANTERN_MODEL_NAME");
        }
        yield Optional.of(new RetryingChatModel(new OpenAiChatModel(config), 3, 500));
      }
        // "sagemaker" joins with the AWS deployment (a SageMaker runtime streaming client).
      default ->
          throw new LanternException(
              ErrorCode.BAD_REQUEST,
              "unknown model kind '" + config.kind() + "'; known kinds: none, openai");
    };
  }
}
