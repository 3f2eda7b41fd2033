package dev.lantern.query.model;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on loopback port 0 speaking the OpenAI chat-completions streaming protocol: it answers
 * each request with the next scripted reply (status + raw SSE chunks written with flushes and
 * delays) and records requests.
 */
final class FakeChatServer implements AutoCloseable {
  record Reply(int status, List<String> chunks, long delayMillis) {}

  record Request(String authorization, String body) {}

  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  /** When the server began writing its last chunk. */
  volatile long lastChunkAtNanos;

  FakeChatServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  synchronized FakeChatServer reply(int status, long delayMillis, String... chunks) {
    replies.add(new Reply(status, List.of(chunks), delayMillis));
    return this;
  }

  /** A chunk that makes the server go silent for {@link #STALL_MILLIS} mid-reply. */
  static final String STALL = "\u0000stall";

  static final long STALL_MILLIS = 3_000;

  static String delta(String text) {
    return "data: {\"choices\":[{\"delta\":{\"content\":\"" + text + "\"}}]}\n\n";
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.add(
        new Request(
            ex.getRequestHeaders().getFirst("Authorization"),
            new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    Reply r;
    synchronized (this) {
      r =
          replies.isEmpty()
              ? new Reply(500, List.of("{\"error\":{\"message\":\"no reply scripted\"}}"), 0)
              : replies.poll();
    }
    ex.getResponseHeaders()
        .add("Content-Type", r.status() == 200 ? "text/event-stream" : "application/json");
    try {
      // Headers too wait one delay: a slow model is slow to start answering.
      Thread.sleep(r.delayMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ex.sendResponseHeaders(r.status(), 0);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < r.chunks().size(); i++) {
        String c = r.chunks().get(i);
        if (c.equals(STALL)) {
          Thread.sleep(STALL_MILLIS);
          continue;
        }
        if (r.delayMillis() > 0) {
          Thread.sleep(r.delayMillis());
        }
        if (i == r.chunks().size() - 1) {
          lastChunkAtNanos = System.nanoTime();
        }
        out.write(c.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientLeft) {
      // the client closed the stream early
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
