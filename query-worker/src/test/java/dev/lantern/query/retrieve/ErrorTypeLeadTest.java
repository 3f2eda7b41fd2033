package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorTypeLeadTest {
  @Test
  void anExceptionGivesTheOpeningToCodeUnlessErrorsAreAsked(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      String ex = "src/requests/exceptions.py";
      code.add(
          ex,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "RequestException",
          "class RequestException(IOError):\n    pass\n");
      code.blank(ex);
      code.add(
          ex,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "Timeout",
          "class Timeout(RequestException):\n    pass\n");
      code.blank(ex);
      code.add(
          ex,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "ReadTimeout",
          "class ReadTimeout(Timeout):\n    \"\"\"The server did not send data.\"\"\"\n");
      code.define(
          "src/requests/adapters.py",
          Language.PYTHON,
          "HTTPAdapter",
          "send",
          "    def send(self, request, timeout=None):\n        pass\n");
      code.add(
          "src/requests/sessions.py",
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "Session",
          "class Session(SessionRedirectMixin):\n    pass\n");
      code.add(
          "src/requests/adapters.py",
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "SendOptions",
          "class SendOptions(TypedDict):\n    timeout: float\n");
      code.define(
          "tests/test_requests.py",
          Language.PYTHON,
          "",
          "test_timeout",
          "def test_timeout():\n    pass\n");
      LexicalIndex lexical = code.index().lexical();
      IntFunction<StoredChunk> chunk = lexical::chunk;
      int requestException = ord(lexical, "RequestException");
      int readTimeout = ord(lexical, "ReadTimeout");
      int timeout = ord(lexical, "Timeout");
      int send = ord(lexical, "HTTPAdapter.send");
      int session = ord(lexical, "Session");
      int test = ord(lexical, "test_timeout");
      int options = ord(lexical, "SendOptions");

      // Three classes up the chain of bases, the codebase's own definitions followed.
      assertThat(ErrorTypeLead.isErrorType(chunk.apply(readTimeout), lexical)).isTrue();
      assertThat(ErrorTypeLead.isErrorType(chunk.apply(requestException), lexical)).isTrue();
      assertThat(ErrorTypeLead.isErrorType(chunk.apply(session), lexical)).isFalse();
      assertThat(ErrorTypeLead.isErrorType(chunk.apply(send), lexical)).isFalse();

      List<Integer> ranked = List.of(readTimeout, timeout, test, send, session);
      Map<Integer, Double> scores =
          Map.of(readTimeout, 0.27, timeout, 0.26, test, 0.2, send, 0.14, session, 0.13);
      String q = "how do I set a timeout?";
      // The exception types and the test are passed over for the code that takes the timeout.
      assertThat(ErrorTypeLead.choose(q, ranked, scores, chunk, lexical, 0.5, 10)).isEqualTo(send);
      // Asked about errors, the exception may be the answer; too far below the best, it stays.
      assertThat(
              ErrorTypeLead.choose(
                  "which error is raised on a timeout?", ranked, scores, chunk, lexical, 0.5, 10))
          .isNull();
      assertThat(ErrorTypeLead.choose(q, ranked, scores, chunk, lexical, 0.6, 10)).isNull();
      assertThat(ErrorTypeLead.choose(q, ranked, scores, chunk, lexical, 0.5, 3)).isNull();
      // A type that is no exception serves as well ("where is the connection pool configured?"
      // on httpx: its Limits class).
      assertThat(
              ErrorTypeLead.choose(
                  q, List.of(readTimeout, timeout, session, send), scores, chunk, lexical, 0.4, 10))
          .isEqualTo(session);
      // But not a type of a call's options: the code that takes them does the work.
      Map<Integer, Double> withOptions =
          Map.of(readTimeout, 0.27, timeout, 0.26, options, 0.25, session, 0.2, send, 0.14);
      assertThat(
              ErrorTypeLead.choose(
                  q,
                  List.of(readTimeout, timeout, options, send, session),
                  withOptions,
                  chunk,
                  lexical,
                  0.5,
                  10))
          .isEqualTo(send);
      // The best is no exception: nothing to do.
      assertThat(ErrorTypeLead.choose(q, List.of(session, send), scores, chunk, lexical, 0.5, 10))
          .isNull();
    }
  }

  private static int ord(LexicalIndex lexical, String symbol) {
    for (int o = 0; o < lexical.chunkCount(); o++) {
      if (symbol.equals(lexical.chunk(o).qualifiedName())) {
        return o;
      }
    }
    throw new AssertionError("no chunk " + symbol);
  }
}
