package dev.lantern.query.service;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.overview.FileOverview;
import dev.lantern.query.overview.FileQuestion;
import dev.lantern.query.overview.FolderOverview;
import dev.lantern.query.overview.KindQuestion;
import dev.lantern.query.overview.OverviewQuestion;
import dev.lantern.query.overview.TypeOverview;
import dev.lantern.query.overview.TypeQuestion;
import dev.lantern.query.retrieve.AnalyzedQuery;
import dev.lantern.query.retrieve.HybridRetriever;
import dev.lantern.query.retrieve.QuestionWords;
import dev.lantern.query.retrieve.Retrieval;
import dev.lantern.query.retrieve.RetrievalOptions;
import dev.lantern.query.retrieve.UnmatchedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers one question as numbered steps emitting typed events: 1. analyse and announce what is
 * searched (a question about the whole codebase gets its overview instead, one about a single file,
 * folder or class its outline; one with nothing to search for is refused), 2. retrieve, 3. say when
 * semantic search is unavailable, 4. let the answerer write.
 */
public final class QuestionService {
  /** Questions longer than this are refused: nobody types more, and search cost grows with it. */
  public static final int MAX_QUESTION_CHARS = 30_000;

  private final HybridRetriever retriever;
  private final SourceAnswerer answerer;

  public QuestionService(HybridRetriever retriever, SourceAnswerer answerer) {
    this.retriever = retriever;
    this.answerer = answerer;
  }

  public void ask(String question, int k, Consumer<AnswerEvent> sink) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) {
      sink.accept(new AnswerEvent.Error("BAD_REQUEST", "the question is empty"));
      return;
    }
    if (q.length() > MAX_QUESTION_CHARS) {
      sink.accept(
          new AnswerEvent.Error(
              "BAD_REQUEST",
              "the question has "
                  + q.length()
                  + " characters; the limit is "
                  + MAX_QUESTION_CHARS));
      return;
    }
    try {
      // 1. A question about the codebase as a whole gets its overview: a search would find noise.
      if (OverviewQuestion.asks(q)) {
        sink.accept(new AnswerEvent.Searching(q, List.of()));
        answerer.overview(q, CodebaseOverview.of(retriever.lexical()), sink);
        return;
      }
      // A question about one file, folder or class as a whole gets its outline.
      if (outlined(q, sink)) {
        return;
      }
      // Otherwise say what is searched for; a question of only question words has nothing to find.
      AnalyzedQuery analyzed = retriever.analyze(q);
      if (!analyzed.searchable()) {
        sink.accept(
            new AnswerEvent.Error(
                "BAD_REQUEST",
                "the question has no words to search for; name a behaviour, a symbol or a file,"
                    + " as in \"where are uploads retried?\""));
        return;
      }
      List<String> terms = analyzed.displayTerms(12);
      // Shown with the forms each word is also searched in: "asynchronous (or async)".
      QuestionWords shown = new QuestionWords(terms, List.of(), List.of(), analyzed.spelledForms());
      sink.accept(new AnswerEvent.Searching(q, terms.stream().map(shown::described).toList()));
      // 2. Retrieve.
      Retrieval r = retriever.retrieve(analyzed, RetrievalOptions.defaults().withMaxLocations(k));
      // 3. Be honest about what the search could use.
      List<String> notices = new ArrayList<>();
      if (!r.semantic() && !r.semanticNote().isEmpty()) {
        notices.add(
            capitalise(r.semanticNote()) + "; these results come from keyword search only.");
      }
      if (!retriever.indexNote().isEmpty()) {
        notices.add(capitalise(retriever.indexNote()) + ".");
      }
      notices.forEach(n -> sink.accept(new AnswerEvent.Notice(n)));
      // 4. Say which words the answer cannot be about, then write it.
      QuestionWords words =
          new QuestionWords(
              terms,
              r.absentWords(),
              r.unmatchedWords(),
              analyzed.spelledForms(),
              r.closeNames(),
              r.importedNames());
      if (!words.absent().isEmpty() || !words.unmatched().isEmpty()) {
        sink.accept(
            new AnswerEvent.MissingWords(
                words.absent(), words.unmatched().stream().map(UnmatchedWord::word).toList()));
      }
      answerer.answer(q, words, r.locations(), notices, sink);
    } catch (LanternException e) {
      sink.accept(new AnswerEvent.Error(e.code().name(), e.getMessage()));
    }
  }

  /**
   * Answers {@code q} with the outline of the one file, folder or class it asks about, if it asks
   * about one that the index holds; false otherwise (the question is then searched).
   */
  private boolean outlined(String q, Consumer<AnswerEvent> sink) {
    LexicalIndex lexical = retriever.lexical();
    // "Where are the tests?": the folder that holds that kind of file.
    Optional<java.util.function.Predicate<String>> kind = KindQuestion.kind(q);
    if (kind.isPresent()) {
      List<String> homes = KindQuestion.folders(lexical.paths(), kind.get());
      if (!homes.isEmpty()) {
        sink.accept(new AnswerEvent.Searching(q, List.of(homes.get(0))));
        answerer.folder(q, FolderOverview.of(lexical, homes.get(0), rest(homes)), sink);
        return true;
      }
    }
    Optional<String> path = FileQuestion.subject(q);
    if (path.isPresent()) {
      List<String> files = FileOverview.resolve(lexical, path.get());
      // "the doc folder" is the folder even where a doc.go exists; otherwise a file first.
      boolean asksForFolder = FileQuestion.asksForFolder(q);
      List<String> folders =
          files.isEmpty() || asksForFolder
              ? FolderOverview.resolve(lexical, path.get())
              : List.of();
      if (!files.isEmpty() && (folders.isEmpty() || !asksForFolder)) {
        sink.accept(new AnswerEvent.Searching(q, List.of(path.get())));
        answerer.file(q, FileOverview.of(lexical, files.get(0), rest(files)), sink);
        return true;
      }
      if (!folders.isEmpty()) {
        sink.accept(new AnswerEvent.Searching(q, List.of(path.get())));
        // A folder of one file (a plugin's index.js) is best told by that file's outline.
        List<String> inside =
            lexical.paths().stream().filter(p -> p.startsWith(folders.get(0))).limit(2).toList();
        if (inside.size() == 1) {
          answerer.file(q, FileOverview.of(lexical, inside.get(0), List.of()), sink);
        } else {
          answerer.folder(q, FolderOverview.of(lexical, folders.get(0), rest(folders)), sink);
        }
        return true;
      }
    }
    Optional<String> type = TypeQuestion.subject(q);
    List<StoredChunk> types = type.map(t -> TypeOverview.resolve(lexical, t)).orElse(List.of());
    if (types.isEmpty()) {
      return false;
    }
    sink.accept(new AnswerEvent.Searching(q, List.of(type.get())));
    answerer.type(q, TypeOverview.of(lexical, types.get(0), rest(types)), sink);
    return true;
  }

  private static <T> List<T> rest(List<T> all) {
    return all.subList(1, all.size());
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
