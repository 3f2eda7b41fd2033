package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.answer.ChatMessage;
import dev.lantern.core.answer.ChatModel;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.QuestionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LlmAnswererTest {
  private static final Location SRC =
      new Location(
          "src/a.py", 10, 20, "retry", "function", "def retry():", "", 1, "def retry(): pass");

  /** A model that replies with fixed text token by token (the HTTP path is tested in model/). */
  private record Scripted(String reply) implements ChatModel {
    public String name() {
      return "scripted";
    }

    public String stream(List<ChatMessage> messages, Consumer<String> onToken) {
      for (String w : reply.split("(?<= )")) {
        onToken.accept(w);
      }
      return reply;
    }
  }

  @Test
  void flagsCitationsThatDoNotCheckOut() {
    CitationChecker checker = (path, s, e) -> path.equals("src/a.py") && e <= 40;
    List<AnswerEvent> events = new ArrayList<>();
    new LlmAnswerer(
            new Scripted(
                "Retries are in src/a.py:10-20 [1], not src/b.py:1-2 [4] or src/a.py:30-90."),
            PromptBuilder.defaults(),
            checker,
            List.of())
        .answer("where?", QuestionWords.searched(List.of()), List.of(SRC), List.of(), events::add);
    assertThat(events.get(0)).isInstanceOf(AnswerEvent.Sources.class);
    AnswerEvent.Done done = (AnswerEvent.Done) events.get(events.size() - 1);
    assertThat(done.unverifiedCitations()).containsExactly("[4]", "src/b.py:1-2", "src/a.py:30-90");
    assertThat(events.stream().filter(e -> e instanceof AnswerEvent.Token).count())
        .isGreaterThan(3);
  }

  @Test
  void modelFailureBecomesAnErrorEvent() {
    ChatModel broken =
        new ChatModel() {
          public String name() {
            return "broken";
          }

          public String stream(List<ChatMessage> m, Consumer<String> t) {
            throw new LanternException(
                ErrorCode.MODEL_FAILED, "cannot connect to the model server at http://x");
          }
        };
    List<AnswerEvent> events = new ArrayList<>();
    new LlmAnswerer(broken, PromptBuilder.defaults(), (p, s, e) -> true, List.of())
        .answer("q", QuestionWords.searched(List.of()), List.of(SRC), List.of(), events::add);
    assertThat(events.get(events.size() - 1))
        .isEqualTo(
            new AnswerEvent.Error(
                "MODEL_FAILED", "cannot connect to the model server at http://x"));
  }
}
