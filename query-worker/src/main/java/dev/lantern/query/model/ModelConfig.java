package dev.lantern.query.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Which chat model answers questions.
 *
 * @param kind {@code none} (extractive answers) or {@code openai} (any OpenAI-compatible server)
 * @param baseUrl e.g. {@code http://localhost:8000/v1}
 * @param model the model name the server expects
 * @param apiKey bearer token, if the server needs one; never printed
 * @param timeout time allowed until the reply starts, and for any silence in the middle of it
 */
public record ModelConfig(
    String kind, String baseUrl, String model, Optional<String> apiKey, Duration timeout) {
  public ModelConfig {
    apiKey = apiKey == null ? Optional.empty() : apiKey;
    timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
  }

  @Override
  public String toString() {
    return "ModelConfig[kind="
        + kind
        + ", baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey="
        + (apiKey.isPresent() ? "***" : "none")
        + ", timeout="
        + timeout
        + "]";
  }
}
