package dev.lantern.query.answer;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.answer.ChatMessage;
import dev.lantern.core.answer.ChatModel;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.model.Location;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.overview.FileOverview;
import dev.lantern.query.overview.FolderOverview;
import dev.lantern.query.retrieve.QuestionWords;
import dev.lantern.query.service.SourceAnswerer;
import java.util.List;
import java.util.function.Consumer;

/** The answer written by a chat model from numbered sources, with its citations checked. */
public final class LlmAnswerer implements SourceAnswerer {
  private final ChatModel model;
  private final PromptBuilder prompts;
  private final CitationVerifier verifier;
  private final List<ChatMessage> history;

  public LlmAnswerer(
      ChatModel model, PromptBuilder prompts, CitationChecker checker, List<ChatMessage> history) {
    this.model = model;
    this.prompts = prompts;
    this.verifier = new CitationVerifier(checker);
    this.history = List.copyOf(history);
  }

  @Override
  public void answer(
      String question,
      QuestionWords words,
      List<Location> locations,
      List<String> notices,
      Consumer<AnswerEvent> sink) {
    // 1. The sources, numbered from 1 in this order.
    sink.accept(new AnswerEvent.Sources(locations));
    // 2. The prompt.
    write(prompts.build(question, words, locations, history), locations.size(), sink);
  }

  @Override
  public void overview(String question, CodebaseOverview overview, Consumer<AnswerEvent> sink) {
    sink.accept(new AnswerEvent.Sources(overview.locations()));
    write(prompts.overview(question, overview, history), overview.locations().size(), sink);
  }

  @Override
  public void file(String question, FileOverview file, Consumer<AnswerEvent> sink) {
    sink.accept(new AnswerEvent.Sources(file.locations()));
    write(prompts.file(question, file, history), file.locations().size(), sink);
  }

  @Override
  public void folder(String question, FolderOverview folder, Consumer<AnswerEvent> sink) {
    sink.accept(new AnswerEvent.Sources(folder.locations()));
    write(prompts.folder(question, folder, history), folder.locations().size(), sink);
  }

  private void write(List<ChatMessage> messages, int sources, Consumer<AnswerEvent> sink) {
    // 3. Stream the model's reply.
    String text;
    try {
      text = model.stream(messages, token -> sink.accept(new AnswerEvent.Token(token)));
    } catch (LanternException e) {
      sink.accept(new AnswerEvent.Error(e.code().name(), e.getMessage()));
      return;
    }
    // 4. Check every citation against the sources and the index.
    List<String> unverified = verifier.unverified(text, sources);
    // 5. Done.
    sink.accept(new AnswerEvent.Done(text, unverified));
  }
}
