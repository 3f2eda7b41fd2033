package dev.lantern.query.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.core.answer.ChatMessage;
import dev.lantern.core.answer.ChatModel;
import dev.lantern.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An OpenAI-compatible chat-completions client (vLLM, llama.cpp server, Ollama, hosted APIs) that
 * streams the reply over server-sent events. Thread-safe. The API key goes only into the
 * Authorization header: never into messages, logs or {@link #toString()}.
 */
public final class OpenAiChatModel implements ChatModel {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ModelConfig config;
  private final HttpClient http;

  public OpenAiChatModel(ModelConfig config) {
    this.config = config;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public String name() {
    return "openai:" + config.model();
  }

  @Override
  public String stream(List<ChatMessage> messages, Consumer<String> onToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint())
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body(messages), StandardCharsets.UTF_8));
    config.apiKey().ifPresent(k -> request.header("Authorization", "Bearer " + k));
    HttpResponse<Stream<String>> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    } catch (HttpTimeoutException e) {
      throw new ModelFailure(
          ErrorCode.TIMEOUT,
          "the model server at "
              + config.baseUrl()
              + " did not start answering within "
              + config.timeout().toSeconds()
              + "s",
          true);
    } catch (ConnectException e) {
      throw new ModelFailure(
          ErrorCode.MODEL_FAILED,
          "cannot connect to the model server at " + config.baseUrl(),
          true);
    } catch (IOException e) {
      throw new ModelFailure(
          ErrorCode.MODEL_FAILED,
          "the model server at " + config.baseUrl() + " failed: " + e.getMessage(),
          true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelFailure(ErrorCode.MODEL_FAILED, "the answer was cancelled", false);
    }
    if (response.statusCode() != 200) {
      String detail = errorDetail(response.body());
      int s = response.statusCode();
      throw new ModelFailure(
          ErrorCode.MODEL_FAILED,
          "the model server answered "
              + s
              + statusText(s)
              + (detail.isEmpty() ? "" : ": " + detail),
          s == 429 || s >= 500);
    }
    StringBuilder all = new StringBuilder();
    boolean[] done = {false};
    ServerSentEvents events =
        new ServerSentEvents(
            data -> {
              if (done[0]) {
                return;
              }
              if (data.strip().equals("[DONE]")) {
                done[0] = true;
                return;
              }
              String token = token(data);
              if (!token.isEmpty()) {
                all.append(token);
                onToken.accept(token);
              }
            });
    // The body is read on its own thread so that a server which goes silent mid-answer is noticed:
    // a blocking read has no timeout of its own once the headers have arrived.
    Stream<String> lines = response.body();
    BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                lines.forEach(arrived::add);
                arrived.add(END_OF_STREAM);
              } catch (RuntimeException e) {
                arrived.add(e);
              }
            },
            "lantern-model-stream");
    reader.setDaemon(true);
    reader.start();
    try {
      while (!done[0]) {
        Object next = arrived.poll(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
          throw new ModelFailure(
              ErrorCode.TIMEOUT,
              "the model server at "
                  + config.baseUrl()
                  + " stopped sending for "
                  + seconds(config.timeout())
                  + "s in the middle of its answer",
              all.length() == 0);
        }
        if (next == END_OF_STREAM) {
          break;
        }
        if (next instanceof RuntimeException e) {
          if (e.getCause() instanceof IOException io) {
            throw new ModelFailure(
                ErrorCode.MODEL_FAILED,
                "the model's reply broke off: " + io.getMessage(),
                all.length() == 0);
          }
          throw e;
        }
        events.line((String) next);
      }
      events.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelFailure(ErrorCode.MODEL_FAILED, "the answer was cancelled", false);
    } finally {
      reader.interrupt();
      lines.close();
    }
    return all.toString();
  }

  private static final Object END_OF_STREAM = new Object();

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1e3);
  }

  private URI endpoint() {
    String base = config.baseUrl().replaceAll("/+$", "");
    return URI.create(base + "/chat/completions");
  }

  private String body(List<ChatMessage> messages) {
    ObjectNode root = JSON.createObjectNode();
    root.put("model", config.model());
    root.put("stream", true);
    ArrayNode arr = root.putArray("messages");
    for (ChatMessage m : messages) {
      arr.addObject().put("role", m.role()).put("content", m.content());
    }
    return root.toString();
  }

  private static String token(String data) {
    try {
      JsonNode n = JSON.readTree(data);
      JsonNode content = n.path("choices").path(0).path("delta").path("content");
      return content.isTextual() ? content.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String errorDetail(Stream<String> body) {
    try (body) {
      String text = String.join("\n", body.limit(50).toList()).strip();
      try {
        JsonNode n = JSON.readTree(text);
        JsonNode m = n.path("error").path("message");
        if (m.isTextual()) {
          return m.asText();
        }
        if (n.path("error").isTextual()) {
          return n.path("error").asText();
        }
      } catch (IOException notJson) {
        // fall through to the raw text
      }
      return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
  }

  private static String statusText(int s) {
    return switch (s) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      default -> "";
    };
  }

  @Override
  public String toString() {
    return "OpenAiChatModel[" + config + "]";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** For tests: reads an input stream fully. */
  static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
