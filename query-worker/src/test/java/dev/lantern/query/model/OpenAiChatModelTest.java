package dev.lantern.query.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.answer.ChatMessage;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenAiChatModelTest {
  private static final String KEY = "sk-test-SECRET-123";

  private static OpenAiChatModel model(FakeChatServer s, Duration timeout) {
    return new OpenAiChatModel(
        new ModelConfig("openai", s.baseUrl(), "code-llama", Optional.of(KEY), timeout));
  }

  @Test
  void streamsTokensInOrderAsTheyArrive() throws Exception {
    try (FakeChatServer server = new FakeChatServer()) {
      server.reply(
          200,
          150,
          ": keep-alive\n\n",
          "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n",
          FakeChatServer.delta("Retries "),
          "data: {\"choices\":[{\"delta\":{\"con",
          "tent\":\"happen \"}}]}\r\n\r\n",
          FakeChatServer.delta("in [1]."),
          "data: [DONE]\n\n");
      List<String> tokens = new ArrayList<>();
      long[] firstAt = {0};
      String text =
          model(server, Duration.ofSeconds(5)).stream(
              List.of(ChatMessage.system("sys"), ChatMessage.user("where?")),
              t -> {
                if (tokens.isEmpty()) {
                  firstAt[0] = System.nanoTime();
                }
                tokens.add(t);
              });
      assertThat(tokens).containsExactly("Retries ", "happen ", "in [1].");
      assertThat(text).isEqualTo("Retries happen in [1].");
      assertThat(firstAt[0])
          .as("first token before the server finished")
          .isLessThan(server.lastChunkAtNanos);
      FakeChatServer.Request req = server.requests.get(0);
      assertThat(req.authorization()).isEqualTo("Bearer " + KEY);
      assertThat(req.body())
          .contains("\"model\":\"code-llama\"")
          .contains("\"stream\":true")
          .contains("{\"role\":\"user\",\"content\":\"where?\"}");
    }
  }

  @Test
  void unauthorizedIsReadableAndNeverShowsTheKey() throws Exception {
    try (FakeChatServer server = new FakeChatServer()) {
      server.reply(401, 0, "{\"error\":{\"message\":\"Incorrect API key provided\"}}");
      OpenAiChatModel m = model(server, Duration.ofSeconds(5));
      assertThatThrownBy(() -> m.stream(List.of(ChatMessage.user("q")), t -> {}))
          .isInstanceOf(LanternException.class)
          .hasMessage("the model server answered 401 Unauthorized: Incorrect API key provided")
          .satisfies(
              e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.MODEL_FAILED));
      assertThat(m.toString()).doesNotContain(KEY).contains("***");
    }
  }

  @Test
  void retriesA500BeforeAnyTokenButNotAfter() throws Exception {
    try (FakeChatServer server = new FakeChatServer()) {
      server
          .reply(500, 0, "{\"error\":\"overloaded\"}")
          .reply(200, 0, FakeChatServer.delta("ok"), "data: [DONE]\n\n");
      RetryingChatModel m = new RetryingChatModel(model(server, Duration.ofSeconds(5)), 3, 10);
      assertThat(m.stream(List.of(ChatMessage.user("q")), t -> {})).isEqualTo("ok");
      assertThat(server.requests).hasSize(2);
      server.reply(400, 0, "{\"error\":{\"message\":\"bad prompt\"}}");
      assertThatThrownBy(() -> m.stream(List.of(ChatMessage.user("q")), t -> {}))
          .hasMessageContaining("400 Bad Request: bad prompt");
      assertThat(server.requests).as("400 is not retried").hasSize(3);
    }
  }

  @Test
  void slowServerTimesOut() throws Exception {
    try (FakeChatServer server = new FakeChatServer()) {
      server.reply(200, 1_500, FakeChatServer.delta("late"));
      OpenAiChatModel m = model(server, Duration.ofMillis(300));
      assertThatThrownBy(() -> m.stream(List.of(ChatMessage.user("q")), t -> {}))
          .isInstanceOf(LanternException.class)
          .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.TIMEOUT))
          .hasMessageContaining("did not start answering")
          .message()
          .doesNotContain(KEY);
    }
  }

  @Test
  void aServerThatGoesSilentMidAnswerTimesOutAndKeepsWhatArrived() throws Exception {
    try (FakeChatServer server = new FakeChatServer()) {
      server.reply(
          200, 0, FakeChatServer.delta("Retries "), FakeChatServer.STALL, "data: [DONE]\n\n");
      OpenAiChatModel m = model(server, Duration.ofMillis(400));
      List<String> tokens = new ArrayList<>();
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> m.stream(List.of(ChatMessage.user("q")), tokens::add))
          .isInstanceOf(ModelFailure.class)
          .hasMessageContaining("stopped sending for 0.4s")
          .satisfies(
              e -> {
                assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.TIMEOUT);
                assertThat(((ModelFailure) e).retryable())
                    .as("tokens were already shown, so a retry would repeat them")
                    .isFalse();
              });
      long waited = (System.nanoTime() - t0) / 1_000_000;
      assertThat(waited).isLessThan(FakeChatServer.STALL_MILLIS);
      assertThat(tokens).containsExactly("Retries ");
    }
  }

  @Test
  void factoryKnowsItsKinds() {
    assertThat(ChatModelFactory.create(new ModelConfig("none", "", "", Optional.empty(), null)))
        .isEmpty();
    assertThatThrownBy(
            () -> ChatModelFactory.create(new ModelConfig("gpt5", "", "", Optional.empty(), null)))
        .hasMessage("unknown model kind 'gpt5'; known kinds: none, openai");
    assertThatThrownBy(
            () ->
                ChatModelFactory.create(new ModelConfig("openai", "", "m", Optional.empty(), null)))
        .hasMessageContaining("LANTERN_MODEL_BASE_URL");
  }
}
