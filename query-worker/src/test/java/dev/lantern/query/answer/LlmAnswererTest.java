package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.answer.ChatMessage;
import dev.lantern.core.answer.ChatModel;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.model.Location;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.retrieve.QuestionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** A model that records each prompt it is sent and replies {@code reply}. */
  private static ChatModel recording(List<List<ChatMessage>> prompts, String reply) {
    return new ChatModel() {
      public String name() {
        return "recording";
      }

      public String stream(List<ChatMessage> messages, Consumer<String> onToken) {
        prompts.add(messages);
        return reply;
      }
    };
  }

  @Test
  void theModelAlsoSeesWhatTheBestFunctionCalls() {
    Location helper =
        new Location("src/b.py", 1, 5, "backoff", "function", "def backoff():", "", 0, "pass");
    Location test =
        new Location("tests/test_a.py", 1, 5, "test_retry", "function", "", "", 0, "retry()");
    List<List<ChatMessage>> prompts = new ArrayList<>();
    ChatModel model = recording(prompts, "It backs off [2].");
    List<AnswerEvent> events = new ArrayList<>();
    new LlmAnswerer(
            model,
            PromptBuilder.defaults(),
            (p, s, e) -> true,
            List.of(),
            (place, limit) -> place.equals(SRC) ? List.of(SRC, helper) : List.of())
        .answer("how?", QuestionWords.searched(List.of()), List.of(SRC), List.of(), events::add);
    // The callee joins the sources after the places found; the place itself is not repeated.
    assertThat(((AnswerEvent.Sources) events.get(0)).locations()).containsExactly(SRC, helper);
    assertThat(prompts.get(0).get(prompts.get(0).size() - 1).content())
        .contains("[2] src/b.py:1-5 (backoff)");
    assertThat(((AnswerEvent.Done) events.get(events.size() - 1)).unverifiedCitations()).isEmpty();
    // A test that leads is not followed.
    List<AnswerEvent> fromTest = new ArrayList<>();
    new LlmAnswerer(
            model,
            PromptBuilder.defaults(),
            (p, s, e) -> true,
            List.of(),
            (place, limit) -> List.of(helper))
        .answer("how?", QuestionWords.searched(List.of()), List.of(test), List.of(), fromTest::add);
    assertThat(((AnswerEvent.Sources) fromTest.get(0)).locations()).containsExactly(test);
  }

  @Test
  void theModelAlsoSeesTheMethodsThatOverrideTheBestOne() {
    Location save =
        new Location(
            "src/flask/sessions.py",
            263,
            270,
            "SessionInterface.save_session",
            "function",
            "def save_session(self, app, session, response):",
            "",
            0,
            "raise NotImplementedError()");
    Location secure =
        new Location(
            "src/flask/sessions.py",
            337,
            385,
            "SecureCookieSessionInterface.save_session",
            "function",
            "",
            "",
            0,
            "response.set_cookie(name)");
    List<List<ChatMessage>> prompts = new ArrayList<>();
    ChatModel model = recording(prompts, "The cookie interface saves it [2].");
    List<AnswerEvent> events = new ArrayList<>();
    new LlmAnswerer(
            model,
            PromptBuilder.defaults(),
            (p, s, e) -> true,
            List.of(),
            CalleeLookup.none(),
            (symbol, limit) ->
                symbol.equals("SessionInterface.save_session") ? List.of(secure) : List.of())
        .answer(
            "where is the session saved?",
            QuestionWords.searched(List.of()),
            List.of(save),
            List.of(),
            events::add);
    assertThat(((AnswerEvent.Sources) events.get(0)).locations()).containsExactly(save, secure);
    assertThat(prompts.get(0).get(prompts.get(0).size() - 1).content())
        .contains("[2] src/flask/sessions.py:337-385 (SecureCookieSessionInterface.save_session)");
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

  @Test
  void anOverviewIsWrittenFromTheOverviewsPlacesAndLayout() {
    List<List<ChatMessage>> sent = new ArrayList<>();
    ChatModel model =
        new ChatModel() {
          public String name() {
            return "recording";
          }

          public String stream(List<ChatMessage> m, Consumer<String> t) {
            sent.add(m);
            t.accept("It is a client [1], started from src/a.py:10-20 [2].");
            return "It is a client [1], started from src/a.py:10-20 [2].";
          }
        };
    CodebaseOverview overview =
        new CodebaseOverview(
            3,
            1,
            Optional.of(new CodebaseOverview.Readme("README.md", "A", "A is a client.", 1, 1)),
            List.of(new CodebaseOverview.Area("src/", false, 1, List.of("a.py"))),
            List.of(),
            List.of(SRC),
            "src/kite/",
            List.of());
    List<AnswerEvent> events = new ArrayList<>();
    new LlmAnswerer(model, PromptBuilder.defaults(), (p, s, e) -> true, List.of())
        .overview("what is this?", overview, events::add);
    assertThat(events.get(0)).isEqualTo(new AnswerEvent.Sources(overview.locations()));
    assertThat(sent.get(0).get(sent.get(0).size() - 1).content())
        .contains("[1] README.md:1 (A)")
        .contains("- src/: 1 code files, the largest a.py");
    AnswerEvent.Done done = (AnswerEvent.Done) events.get(events.size() - 1);
    assertThat(done.unverifiedCitations()).isEmpty();
  }
}
