package dev.lantern.query.answer;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.model.Location;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.overview.FileOverview;
import dev.lantern.query.overview.FolderOverview;
import dev.lantern.query.overview.TypeOverview;
import dev.lantern.query.retrieve.CloseNames;
import dev.lantern.query.retrieve.FileRole;
import dev.lantern.query.retrieve.GenericWords;
import dev.lantern.query.retrieve.QueryAnalyzer;
import dev.lantern.query.retrieve.QuestionWords;
import dev.lantern.query.retrieve.UnmatchedWord;
import dev.lantern.query.service.SourceAnswerer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The answer written without a language model: names the most relevant definition and file with its
 * doc comment and callers, lists related places, and says plainly when nothing found matches the
 * question. Never states anything that is not in the locations.
 */
public final class ExtractiveAnswerer implements SourceAnswerer {
  /**
   * A third of the question's key terms must appear in one of the top locations for the answer to
   * claim it found the code; RRF scores are relative, so word evidence decides instead.
   */
  static final double MIN_COVERAGE = 0.34;

  private static final int RELATED = 5;
  private static final int MAX_RELATED_TESTS = 2;

  /** Callers fetched for the top symbol; enough that code callers show past many tests. */
  static final int CALLERS_LOOKED_AT = 150;

  private static final int MAX_CALLERS = 4;

  private static final int MAX_TEST_FILES = 3;

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  /** Definitions named as what the opening function calls. */
  static final int MAX_CALLEES = 4;

  /** A function shorter than this that calls one other is a wrapper: its callee's calls count. */
  static final int WRAPPER_LINES = 8;

  private final CallerLookup callers;
  private final CalleeLookup callees;
  private final PlaceText text;
  private final OverrideLookup overrides;

  public ExtractiveAnswerer(CallerLookup callers) {
    this(callers, CalleeLookup.none());
  }

  public ExtractiveAnswerer(CallerLookup callers, CalleeLookup callees) {
    this(callers, callees, PlaceText.snippets());
  }

  /** {@code text} reads a place whole, for the lines an answer quotes (messages, values). */
  public ExtractiveAnswerer(CallerLookup callers, CalleeLookup callees, PlaceText text) {
    this(callers, callees, text, OverrideLookup.none());
  }

  /** {@code overrides} finds the subclasses' methods that override the opening one. */
  public ExtractiveAnswerer(
      CallerLookup callers, CalleeLookup callees, PlaceText text, OverrideLookup overrides) {
    this.callers = callers;
    this.callees = callees;
    this.text = text;
    this.overrides = overrides;
  }

  @Override
  public void answer(
      String question,
      QuestionWords words,
      List<Location> locations,
      List<String> notices,
      Consumer<AnswerEvent> sink) {
    sink.accept(new AnswerEvent.Sources(locations));
    List<String> terms = words.searched();
    List<String> absentWords = words.absent();
    List<String> parts = new ArrayList<>();
    // A name the code imports from a package outside it: say so first, then where it is used.
    words.imported().values().forEach(i -> parts.add(i.sentence() + "\n\n"));
    // A name the user typed that exists nowhere means the thing asked about is not in this code;
    // places matching the rest of the question would only mislead.
    boolean missingName = absentWords.stream().anyMatch(CloseNames::looksLikeName);
    // Words found nowhere cannot be in any place; they are reported apart, so they do not count
    // against the places found for the rest of the question.
    List<String> findable =
        terms.stream().filter(t -> absentWords.stream().noneMatch(t::equalsIgnoreCase)).toList();
    int open =
        locations.isEmpty() || missingName || findable.isEmpty()
            ? -1
            : opening(findable, words, locations);
    if (open < 0) {
      parts.add("I could not find code about \"" + Sentences.shorten(question, 120) + "\". ");
      parts.add(
          "I searched for: "
              + (terms.isEmpty()
                  ? "(no searchable words)"
                  : String.join(", ", terms.stream().map(words::described).toList()))
              + ".");
      if (!absentWords.isEmpty()) {
        parts.add(" No file in this codebase mentions " + quoted(absentWords) + ".");
        parts.add(didYouMean(words));
      }
      if (!locations.isEmpty()) {
        parts.add("\n\nThe closest matches, which may not be related:\n");
        for (Location l : locations.subList(0, Math.min(3, locations.size()))) {
          parts.add(bullet(l));
        }
      }
    } else {
      Location top = locations.get(open);
      parts.add(opening(top, text));
      // A parameter the question names gets its description ("how do I set a timeout?").
      if (shortQuestion(question)) {
        parts.add(ParamDoc.sentence(question, top, locations, keys(findable, words)));
        // "What does Session.send return?": its declared type, doc and return statements.
        if (ReturnText.asks(question)) {
          parts.add(ReturnText.of(top, text));
        }
      }
      // A quoted message gets the line that says it.
      messageLine(question, withFirst(locations, open), text).ifPresent(parts::add);
      // A question for a value gets the line that sets it, quoted.
      if (ValueLine.asks(question)) {
        ValueLine.find(withFirst(locations, open), keys(findable, words), text)
            .ifPresent(v -> parts.add(valueSentence(v, top)));
      }
      List<Location> calledFrom =
          top.symbol().isEmpty() ? List.of() : callers.callersOf(top.symbol(), CALLERS_LOOKED_AT);
      // The product's own callers come first; examples and docs that call it after them.
      calledFrom =
          merged(calledFrom.stream().filter(c -> !c.overlaps(top)).toList()).stream()
              .sorted(
                  java.util.Comparator.comparingInt(
                      c -> FileRole.of(c.path()) == FileRole.CODE ? 0 : 1))
              .toList();
      // A member (`Session.request`) is never imported by itself: top-level code that names it
      // uses something else of that name (`from .sessions import request`, the json module).
      boolean member = top.symbol().contains(".");
      // Callers inside a definition are named; top-level references are mostly imports, so they
      // are only listed as places that use the symbol; tests are listed apart, by file, so that
      // they do not crowd out the code that drives the behaviour.
      List<String> named = new ArrayList<>();
      List<String> topLevel = new ArrayList<>();
      java.util.Set<String> testFiles = new java.util.LinkedHashSet<>();
      for (Location c : calledFrom) {
        if (FileRole.of(c.path()) == FileRole.TEST) {
          testFiles.add(c.path());
        } else if (c.symbol().isEmpty()) {
          if (!member) {
            topLevel.add(c.citation());
          }
        } else {
          named.add("`" + c.symbol() + "` (" + c.citation() + ")");
        }
      }
      // Callers past the first few are counted, not dropped in silence; a question asking for
      // them gets them all, listed below.
      boolean listCallers = CallerList.asks(question) && !named.isEmpty();
      // A function is called; a type or a value is used ("used by `LoadHTMLGlob`" for gin's
      // Engine, which it is not called from).
      String from = "function".equals(top.kind()) ? " It is called from " : " It is used by ";
      if (listCallers) {
        parts.add(
            from
                + (named.size() == 1 ? "one place" : named.size() + " places")
                + (testFiles.isEmpty() ? "" : " besides tests")
                + ", listed below.");
      } else if (!named.isEmpty()) {
        parts.add(from + Sentences.firstAndMore(named, MAX_CALLERS) + ".");
      }
      if (!topLevel.isEmpty()) {
        parts.add(
            (named.isEmpty() ? " It is" : " It is also")
                + " imported or used at the top level of "
                + Sentences.firstAndMore(topLevel, MAX_CALLERS)
                + ".");
      }
      // A method that subclasses override: the work is often done there, not here.
      if ("function".equals(top.kind()) && top.symbol().contains(".")) {
        parts.add(OverrideText.of(top, overrides, text));
      }
      // What a function hands its work to is the next place to read ("how does routing work?"
      // opening with a three-line shortcut that calls the real method).
      List<Location> called = new ArrayList<>();
      if ("function".equals(top.kind()) && FileRole.of(top.path()) == FileRole.CODE) {
        parts.add(calls(top, called));
      }
      if (!testFiles.isEmpty()) {
        parts.add(
            " Tests that use it: "
                + Sentences.firstAndMore(List.copyOf(testFiles), MAX_TEST_FILES)
                + ".");
      }
      if (listCallers) {
        parts.add("function".equals(top.kind()) ? "\n\nCallers:\n" : "\n\nUsed by:\n");
        parts.add(
            CallerList.of(
                    top.symbol(),
                    calledFrom.stream()
                        .filter(
                            c -> FileRole.of(c.path()) != FileRole.TEST && !c.symbol().isEmpty())
                        .toList(),
                    text)
                .stripTrailing());
      }
      // A guide's commands and code are what it says to do ("how do I run the app?").
      if (shortQuestion(question)
          && FileRole.of(top.path()) == FileRole.DOC
          && ("section".equals(top.kind()) || "window".equals(top.kind()))) {
        parts.add(
            DocExamples.paragraph(
                DocExamples.of(top.path(), text.of(DocExamples.reach(top, text)))));
      }
      // A question comparing two names gets the other one too, in a paragraph of its own.
      java.util.Optional<Location> other =
          Comparison.other(question, top, withFirst(locations, open));
      if (other.isPresent()) {
        Location o = other.get();
        String doc = Sentences.first(o.doc(), 240);
        parts.add(
            "\n\nThe other one asked about is "
                + describe(o)
                + " ("
                + o.citation()
                + ")"
                + (!doc.isEmpty()
                    ? ". Its documentation says: " + Sentences.quote(doc)
                    : !o.signature().isEmpty()
                        ? ", declared as `" + Sentences.shorten(o.signature(), 160) + "`."
                        : "."));
        called.add(o);
      }
      // A place the answer named (called, or compared) is not listed again.
      List<Location> related =
          related(
              withFirst(locations, open).stream()
                  .filter(l -> called.stream().noneMatch(l::overlaps))
                  .toList());
      if (!related.isEmpty()) {
        parts.add("\n\nRelated:\n");
        for (Location l : related) {
          parts.add(bullet(l));
        }
      }
      // A plain word may simply be phrased differently in the code ("chosen" for "select"), so
      // it is stated as a fact, not as a verdict on the answer.
      if (!absentWords.isEmpty()) {
        parts.add(
            (related.isEmpty() ? "\n\n" : "\n")
                + "No file in this codebase contains the word"
                + (absentWords.size() > 1 ? "s " : " ")
                + quoted(absentWords)
                + "."
                + didYouMean(words));
      }
      // A word the code has, but elsewhere: the user learns where it is instead of reading the
      // places above as being about it.
      java.util.Set<Integer> shown = new java.util.HashSet<>(List.of(open));
      related.forEach(l -> shown.add(locations.indexOf(l)));
      for (UnmatchedWord u : words.unmatched()) {
        if (u.inLocations().stream().anyMatch(shown::contains)) {
          continue;
        }
        parts.add(
            (related.isEmpty() && absentWords.isEmpty() ? "\n\n" : "\n")
                + unmatched(u, related.isEmpty()));
      }
    }
    for (String n : notices) {
      parts.add("\n\nNote: " + n);
    }
    write(parts, sink);
  }

  @Override
  public void overview(String question, CodebaseOverview overview, Consumer<AnswerEvent> sink) {
    outline(overview.locations(), OverviewText.of(overview), sink);
  }

  @Override
  public void file(String question, FileOverview file, Consumer<AnswerEvent> sink) {
    outline(file.locations(), FileText.of(file), sink);
  }

  @Override
  public void folder(String question, FolderOverview folder, Consumer<AnswerEvent> sink) {
    outline(folder.locations(), FolderText.of(folder), sink);
  }

  @Override
  public void type(String question, TypeOverview type, Consumer<AnswerEvent> sink) {
    outline(
        type.locations(),
        TypeText.of(type, dev.lantern.query.overview.TypeQuestion.asksUsage(question)),
        sink);
  }

  /** An outline's answer: its places as the sources, then its text. */
  private static void outline(
      List<Location> sources, List<String> parts, Consumer<AnswerEvent> sink) {
    sink.accept(new AnswerEvent.Sources(sources));
    write(parts, sink);
  }

  /** Streams {@code parts} as tokens, then the whole as done. */
  private static void write(List<String> parts, Consumer<AnswerEvent> sink) {
    StringBuilder all = new StringBuilder();
    for (String p : parts) {
      sink.accept(new AnswerEvent.Token(p));
      all.append(p);
    }
    sink.accept(new AnswerEvent.Done(all.toString(), List.of()));
  }

  /**
   * The callers with each named definition once: a long method is indexed as several windows, and a
   * call from each would otherwise name it once per window. Its lines span them all.
   */
  static List<Location> merged(List<Location> callers) {
    java.util.Map<String, Location> byName = new java.util.LinkedHashMap<>();
    List<Location> out = new ArrayList<>();
    for (Location c : callers) {
      if (c.symbol().isEmpty()) {
        out.add(c);
        continue;
      }
      String key = c.path() + "\u0000" + c.symbol();
      Location seen = byName.get(key);
      if (seen == null) {
        byName.put(key, c);
        out.add(c);
      } else {
        Location wider =
            new Location(
                c.path(),
                Math.min(seen.startLine(), c.startLine()),
                Math.max(seen.endLine(), c.endLine()),
                c.symbol(),
                seen.kind(),
                seen.signature(),
                seen.doc(),
                seen.score(),
                seen.snippet());
        byName.put(key, wider);
        out.set(out.indexOf(seen), wider);
      }
    }
    return out;
  }

  /**
   * Up to {@link #RELATED} places after the top one, in retrieval order, with at most {@link
   * #MAX_RELATED_TESTS} tests unless the top place is itself a test (then tests were asked for).
   */
  static List<Location> related(List<Location> locations) {
    boolean testsAsked = FileRole.of(locations.get(0).path()) == FileRole.TEST;
    List<Location> out = new ArrayList<>();
    // Another piece of a definition already shown (an @overload stub, the rest of a long class)
    // adds a citation but nothing to read.
    java.util.Set<String> shown = new java.util.HashSet<>();
    shown.add(pieceKey(locations.get(0)));
    int tests = 0;
    for (Location l : locations.subList(1, locations.size())) {
      if (out.size() == RELATED) {
        break;
      }
      boolean test = FileRole.of(l.path()) == FileRole.TEST;
      if ((test && !testsAsked && tests >= MAX_RELATED_TESTS)
          || (!l.symbol().isEmpty() && !shown.add(pieceKey(l)))) {
        continue;
      }
      tests += test ? 1 : 0;
      out.add(l);
    }
    return out;
  }

  /**
   * Where a window of documentation that starts mid-section sits: ", under “Heading”" for the last
   * heading above it, or ", which includes the section “Heading”" for one inside it; empty for
   * code, or when the document has no headings.
   */
  private static String sectionOf(Location top, PlaceText text) {
    if (FileRole.of(top.path()) != FileRole.DOC || !"window".equals(top.kind())) {
      return "";
    }
    List<String> inside = Sentences.headings(text.of(top));
    if (!inside.isEmpty()) {
      return ", which includes the section \u201c" + inside.get(0) + "\u201d";
    }
    if (top.startLine() <= 1) {
      return "";
    }
    Location above = new Location(top.path(), 1, top.startLine() - 1, "", "window", "", "", 0, "");
    List<String> before = Sentences.headings(text.of(above));
    return before.isEmpty() ? "" : ", under \u201c" + before.get(before.size() - 1) + "\u201d";
  }

  private static boolean shortQuestion(String question) {
    String q = question.strip();
    return q.length() <= 200 && q.indexOf('\n') < 0;
  }

  /** A named place by file and name; places without a name are each their own. */
  private static String pieceKey(Location l) {
    return l.symbol().isEmpty() ? l.citation() : l.path() + "#" + l.symbol();
  }

  private static String opening(Location top, PlaceText text) {
    StringBuilder sb = new StringBuilder("The most relevant ").append(roleNoun(top)).append(" is ");
    if (top.symbol().isEmpty()) {
      sb.append("in ").append(top.citation());
      String title = Sentences.title(top.snippet());
      String section = title.isEmpty() ? sectionOf(top, text) : "";
      if (!title.isEmpty()) {
        sb.append(", under \u201c").append(title).append('\u201d');
      } else if (!section.isEmpty()) {
        sb.append(section);
      } else if (!top.names().isEmpty()) {
        sb.append(", which defines ").append(boundNames(top.names(), OPENING_NAMES));
      }
    } else {
      sb.append(describe(top)).append(" (").append(top.citation()).append(')');
    }
    sb.append('.');
    String doc = Sentences.first(top.doc(), 240);
    if (!doc.isEmpty()) {
      sb.append(" Its documentation says: ").append(Sentences.quote(doc));
    } else if (!top.signature().isEmpty()) {
      sb.append(" It is declared as `")
          .append(Sentences.shorten(top.signature(), 160))
          .append("`.");
    }
    return sb.toString();
  }

  /**
   * What kind of place opens the answer: code, a test, documentation, configuration, a type
   * declaration, or an example (code in a docs or examples folder: okhttp's samples/).
   */
  static String roleNoun(Location l) {
    return switch (FileRole.of(l.path())) {
      case CODE -> "code";
      case TEST -> "test";
      case CONFIG -> "configuration";
      case DECLARATION -> "declaration";
      case DOC ->
          switch (l.kind()) {
            case "function", "type", "variable" -> "example";
            default -> "documentation";
          };
    };
  }

  private static String describe(Location l) {
    String kind =
        switch (l.kind()) {
          case "function" -> "the function ";
          case "type" -> "the type ";
          case "section" -> "the section ";
          case "variable" -> "the top-level name ";
          default -> "";
        };
    return kind + placeName(l);
  }

  /**
   * A place's name as an answer writes it: a section's heading path in quotes, anything else as
   * code ({@link #codeName}).
   */
  static String placeName(Location l) {
    // A document's heading is a title, not code: “Run Petclinic locally”.
    return "section".equals(l.kind()) ? "\u201c" + l.symbol() + "\u201d" : codeName(l.symbol());
  }

  /**
   * A name as code: `name`. A Markdown heading path holding code of its own ("Reference >
   * `useStore(store, selectorFn)`") is quoted instead, since backticks do not nest.
   */
  static String codeName(String symbol) {
    return symbol.indexOf('`') >= 0 ? "\u201c" + symbol + "\u201d" : "`" + symbol + "`";
  }

  private static String bullet(Location l) {
    StringBuilder sb = new StringBuilder("- ");
    if (l.symbol().isEmpty()) {
      // A place without a name: its lines, and its heading when it starts with one.
      sb.append(l.citation());
      String title = Sentences.title(l.snippet());
      if (!title.isEmpty()) {
        sb.append(": \u201c").append(title).append('\u201d');
      } else if (!l.names().isEmpty()) {
        sb.append(": defines ").append(boundNames(l.names(), BULLET_NAMES));
      }
      return sb.append('\n').toString();
    }
    sb.append(placeName(l)).append(" (").append(l.citation()).append(')');
    String doc = Sentences.first(l.doc(), 160);
    if (!doc.isEmpty()) {
      sb.append(": ").append(doc);
    } else if (!l.signature().isEmpty()) {
      sb.append(": `").append(Sentences.shorten(l.signature(), 120)).append("`");
    }
    return sb.append('\n').toString();
  }

  /**
   * How many names a place without a definition is described by, in the opening and in a bullet.
   */
  private static final int OPENING_NAMES = 6;

  private static final int BULLET_NAMES = 3;

  /**
   * "`a`, `b` and `c`", or "`a`, `b`, `c` and 7 more" past {@code shown} names; private names
   * ({@code _signals}) only when there are no others.
   */
  static String boundNames(List<String> names, int shown) {
    List<String> open = names.stream().filter(n -> !n.startsWith("_")).toList();
    List<String> all = open.isEmpty() ? names : open;
    List<String> named = all.stream().limit(shown).map(n -> "`" + n + "`").toList();
    int more = all.size() - named.size();
    if (more > 0) {
      return String.join(", ", named) + " and " + more + " more";
    }
    return named.size() == 1
        ? named.get(0)
        : String.join(", ", named.subList(0, named.size() - 1))
            + " and "
            + named.get(named.size() - 1);
  }

  /** "None of the places above mentions “retry”; it occurs only in `f` (a.py:3-9)." */
  static String unmatched(UnmatchedWord u, boolean onePlace) {
    StringBuilder sb =
        new StringBuilder(
            onePlace ? "The place above does not mention " : "None of the places above mentions ");
    sb.append('\u201c').append(u.word()).append('\u201d');
    if (u.places().isEmpty()) {
      return sb.append('.').toString();
    }
    List<String> where = u.places().stream().map(ExtractiveAnswerer::place).toList();
    if (u.files() <= 1) {
      sb.append("; it occurs only in ").append(String.join(" and ", where));
    } else {
      sb.append("; it occurs in ")
          .append(u.files())
          .append(" files, for example in ")
          .append(String.join(" and ", where));
    }
    return sb.append('.').toString();
  }

  private static String place(Location l) {
    return l.symbol().isEmpty() ? l.citation() : "`" + l.symbol() + "` (" + l.citation() + ")";
  }

  /** " Did you mean `url_for` (src/flask/helpers.py:200-251)?" for names spelled almost so. */
  private static String didYouMean(QuestionWords words) {
    List<String> close = new ArrayList<>();
    words.closeNames().values().forEach(ls -> ls.forEach(l -> close.add(bulletName(l))));
    return close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?";
  }

  private static String bulletName(Location l) {
    return placeName(l) + " (" + l.citation() + ")";
  }

  /** “a”, “b” or “c”. */
  static String quoted(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append(i == words.size() - 1 ? " or " : ", ");
      }
      sb.append('\u201c').append(words.get(i)).append('\u201d');
    }
    return sb.toString();
  }

  /**
   * Best share, over the top three locations, of key terms found in a location's text, in any of
   * the forms the code writes them in.
   */
  /**
   * " It calls `a` (…), `b` (…)." for a function, or "" when it calls nothing the index defines
   * (the places named are added to {@code named}) clearly. A short wrapper that hands all its work
   * to one function gets that function's calls too: gin's {@code RouterGroup.POST} calls {@code
   * RouterGroup.handle}, "which calls `Engine.addRoute` (…)".
   */
  private String calls(Location top, List<Location> named) {
    List<Location> direct = callees.calleesOf(top, MAX_CALLEES);
    if (direct.isEmpty()) {
      return "";
    }
    named.addAll(direct);
    // Exceptions it constructs to throw are what can go wrong, not work it hands on.
    String body = text.of(top);
    List<Location> thrown =
        direct.stream().filter(c -> throwsType(body, simpleName(c.symbol()))).toList();
    String throwsVerb = top.path().endsWith(".py") ? "raises" : "throws";
    if (!thrown.isEmpty() && thrown.size() < direct.size()) {
      List<Location> called = direct.stream().filter(c -> !thrown.contains(c)).toList();
      return " It calls " + named(called) + " and " + throwsVerb + " " + named(thrown) + ".";
    }
    if (!thrown.isEmpty()) {
      return " It " + throwsVerb + " " + named(thrown) + ".";
    }
    String out = " It calls " + named(direct);
    if (direct.size() == 1 && top.endLine() - top.startLine() < WRAPPER_LINES) {
      List<Location> next =
          callees.calleesOf(direct.get(0), MAX_CALLEES).stream()
              .filter(c -> !c.overlaps(top))
              .toList();
      if (!next.isEmpty()) {
        out += ", which calls " + named(next);
        named.addAll(next);
      }
    }
    return out + ".";
  }

  /**
   * Whether {@code body} throws or raises {@code name} and never calls it otherwise: {@code throw
   * new JwtTokenInvalid(token)}, {@code raise InvalidURL(…)}, {@code panic(ErrX(…))}.
   */
  static boolean throwsType(String body, String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    java.util.regex.Matcher uses =
        java.util.regex.Pattern.compile(
                "(?<![\\w$.])" + java.util.regex.Pattern.quote(name) + "\\s*[(<]")
            .matcher(body);
    boolean any = false;
    while (uses.find()) {
      String before = body.substring(Math.max(0, uses.start() - 24), uses.start());
      if (!before.matches("(?s).*\\b(?:throw\\s+new|throw|raise|panic\\()\\s*$")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static String simpleName(String symbol) {
    return symbol.substring(symbol.lastIndexOf('.') + 1);
  }

  /**
   * " The message is at Http1ExchangeCodec.kt:252: `throw IOException("unexpected end of stream on
   * $address", e)`." for a question that quotes a message one of the first three places holds
   * verbatim (any case); empty otherwise.
   */
  static java.util.Optional<String> messageLine(
      String question, List<Location> places, PlaceText text) {
    List<String> quotes =
        QueryAnalyzer.quotedMessages(question).stream()
            .map(q -> q.toLowerCase(Locale.ROOT))
            .toList();
    if (quotes.isEmpty()) {
      return java.util.Optional.empty();
    }
    for (Location place : places.subList(0, Math.min(3, places.size()))) {
      List<String> lines = text.of(place).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String lower = lines.get(i).toLowerCase(Locale.ROOT);
        if (quotes.stream().anyMatch(lower::contains)) {
          return java.util.Optional.of(
              " The message is at "
                  + place.path()
                  + ":"
                  + (place.startLine() + i)
                  + ": `"
                  + Sentences.shorten(lines.get(i).strip(), 160)
                  + "`.");
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** " The value is set at lib/defaults/index.js:132: `timeout: 0,`." */
  private static String valueSentence(ValueLine.Found v, Location top) {
    String where = v.place().path() + ":" + v.line();
    String in =
        v.place() == top || v.place().symbol().isEmpty() ? "" : " in `" + v.place().symbol() + "`";
    return " The value is set"
        + in
        + " at "
        + where
        + ": `"
        + Sentences.shorten(v.text(), 160)
        + "`.";
  }

  private static String named(List<Location> places) {
    return String.join(
        ", ", places.stream().map(c -> "`" + c.symbol() + "` (" + c.citation() + ")").toList());
  }

  /** Places after the first three that may open an answer the first three do not cover. */
  static final int LATER_OPENINGS = 2;

  /**
   * Which place the answer opens with: the best one, when the first three places cover enough of
   * the question; else the first of the next {@link #LATER_OPENINGS} that covers enough by itself
   * (gin's "how are path parameters extracted?" found {@code cleanPath} first and {@code
   * node.getValue} fourth); -1 when none does, and the answer says it found nothing.
   */
  static int opening(List<String> findable, QuestionWords words, List<Location> locations) {
    if (coverage(findable, words, locations) >= MIN_COVERAGE) {
      return 0;
    }
    for (int i = 3; i < Math.min(3 + LATER_OPENINGS, locations.size()); i++) {
      if (coverage(findable, words, List.of(locations.get(i))) >= MIN_COVERAGE) {
        return i;
      }
    }
    return -1;
  }

  /** {@code locations} with the one at {@code first} moved to the front. */
  private static List<Location> withFirst(List<Location> locations, int first) {
    List<Location> out = new ArrayList<>(locations);
    out.add(0, out.remove(first));
    return out;
  }

  static double coverage(List<String> terms, QuestionWords words, List<Location> locations) {
    List<List<String>> keys = keys(terms, words);
    if (keys.isEmpty()) {
      // Only names of one or two letters (flask's `g`): found where a place is named so.
      boolean named =
          locations.subList(0, Math.min(3, locations.size())).stream()
              .map(l -> l.symbol().substring(l.symbol().lastIndexOf('.') + 1))
              .anyMatch(terms::contains);
      return named ? 1 : 0;
    }
    double best = 0;
    for (Location l : locations.subList(0, Math.min(3, locations.size()))) {
      String hay =
          (l.path() + " " + l.symbol() + " " + l.signature() + " " + l.doc() + " " + l.snippet())
              .toLowerCase(Locale.ROOT);
      long found = keys.stream().filter(k -> k.stream().anyMatch(hay::contains)).count();
      best = Math.max(best, found / (double) keys.size());
    }
    return best;
  }

  /**
   * The question's words as lower-case text to look for, each with the forms the code writes it in:
   * compared on what they were searched as ("render" for "rendered"), or on another form of them
   * ("async" for "asynchronous"). Words about code or doing in general ("used", "handled") are no
   * evidence of the topic: code does such things without saying so. They count only when the
   * question has nothing else.
   */
  static List<List<String>> keys(List<String> terms, QuestionWords words) {
    List<String> topical =
        terms.stream().filter(t -> !GenericWords.isGeneric(analysed(t))).toList();
    return (topical.isEmpty() ? terms : topical)
        .stream()
            .filter(t -> t.length() > 2)
            .limit(8)
            .map(
                t -> {
                  List<String> forms = new ArrayList<>();
                  String lower = t.toLowerCase(Locale.ROOT);
                  forms.add(stemPrefix(analysed(lower)));
                  // Two letters ("db", "id") are inside too many other words to count.
                  words.forms(t).stream()
                      .filter(f -> f.length() > 2)
                      .forEach(f -> forms.add(stemPrefix(f)));
                  return forms;
                })
            .toList();
  }

  /** The word as it was searched for ("render" for "rendered"). */
  private static String analysed(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return ANALYZER.terms(lower).stream().findFirst().orElse(lower);
  }

  /** "retry" must match "retries" and "retried": compare on a prefix of the stem. */
  private static String stemPrefix(String term) {
    return term.length() > 5 ? term.substring(0, term.length() - 1) : term;
  }
}
