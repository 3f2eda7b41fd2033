package dev.lantern.query.answer;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.answer.ChatMessage;
import dev.lantern.core.answer.ChatModel;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.model.Location;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.overview.FileOverview;
import dev.lantern.query.overview.FolderOverview;
import dev.lantern.query.retrieve.FileRole;
import dev.lantern.query.retrieve.QuestionWords;
import dev.lantern.query.service.SourceAnswerer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The answer written by a chat model from numbered sources, with its citations checked. */
public final class LlmAnswerer implements SourceAnswerer {
  private final ChatModel model;
  private final PromptBuilder prompts;
  private final CitationVerifier verifier;
  private final List<ChatMessage> history;
  private final CalleeLookup callees;
  private final OverrideLookup overrides;

  public LlmAnswerer(
      ChatModel model, PromptBuilder prompts, CitationChecker checker, List<ChatMessage> history) {
    this(model, prompts, checker, history, CalleeLookup.none());
  }

  /**
   * With {@code callees}, the sources also hold what the best place calls: the model can then
   * follow the work from the place a question names to the functions that do it.
   */
  public LlmAnswerer(
      ChatModel model,
      PromptBuilder prompts,
      CitationChecker checker,
      List<ChatMessage> history,
      CalleeLookup callees) {
    this(model, prompts, checker, history, callees, OverrideLookup.none());
  }

  /**
   * With {@code overrides}, the sources also hold the subclasses' methods that override the best
   * place: an abstract method's answer is in its implementations.
   */
  public LlmAnswerer(
      ChatModel model,
      PromptBuilder prompts,
      CitationChecker checker,
      List<ChatMessage> history,
      CalleeLookup callees,
      OverrideLookup overrides) {
    this.model = model;
    this.prompts = prompts;
    this.verifier = new CitationVerifier(checker);
    this.history = List.copyOf(history);
    this.callees = callees;
    this.overrides = overrides;
  }

  /** Places the best function calls, added after the retrieved ones. */
  static final int CALLEE_SOURCES = 3;

  /** Methods overriding the best one, added after those. */
  static final int OVERRIDE_SOURCES = 2;

  @Override
  public void answer(
      String question,
      QuestionWords words,
      List<Location> locations,
      List<String> notices,
      Consumer<AnswerEvent> sink) {
    // 1. The sources, numbered from 1 in this order: the places found, then what the best one
    //    calls that is not among them, then the methods that override it.
    locations = withCallees(locations);
    sink.accept(new AnswerEvent.Sources(locations));
    // 2. The prompt.
    write(prompts.build(question, words, locations, history), locations.size(), sink);
  }

  private List<Location> withCallees(List<Location> locations) {
    if (locations.isEmpty()
        || !"function".equals(locations.get(0).kind())
        || FileRole.of(locations.get(0).path()) != FileRole.CODE) {
      return locations;
    }
    List<Location> out = new ArrayList<>(locations);
    for (Location c : callees.calleesOf(locations.get(0), CALLEE_SOURCES * 2)) {
      if (out.size() < locations.size() + CALLEE_SOURCES && out.stream().noneMatch(c::overlaps)) {
        out.add(c);
      }
    }
    int before = out.size();
    if (locations.get(0).symbol().contains(".")) {
      for (Location o : overrides.overridesOf(locations.get(0).symbol(), OVERRIDE_SOURCES * 2)) {
        if (out.size() < before + OVERRIDE_SOURCES && out.stream().noneMatch(o::overlaps)) {
          out.add(o);
        }
      }
    }
    return out;
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
