package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.embed.Embedder;
import dev.lantern.core.embed.ModelIdentity;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexManifest;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.index.VectorIndex;
import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.LexicalIndexWriter;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import dev.lantern.core.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridRetrieverTest {
  @TempDir Path root;

  private record Def(
      String path,
      int start,
      int end,
      String symbol,
      String text,
      List<String> refs,
      List<String> names) {
    Def(String path, int start, int end, String symbol, String text, List<String> refs) {
      this(path, start, end, symbol, text, refs, List.of());
    }

    Def(String path, int start, int end, String symbol, String text) {
      this(path, start, end, symbol, text, List.of());
    }

    /** Top-level code (no definition) that binds {@code names}. */
    static Def module(String path, int start, int end, String text, String... names) {
      return new Def(path, start, end, "", text, List.of(), List.of(names));
    }
  }

  private OpenIndex build(List<Def> defs, IndexManifest.VectorState vectors) {
    return TestIndexes.publish(
        root,
        w -> {
          Map<String, StringBuilder> files = new java.util.TreeMap<>();
          for (Def d : defs) {
            files.computeIfAbsent(d.path(), p -> new StringBuilder()).append(d.text()).append('\n');
          }
          files.forEach((p, t) -> w.addFile(SourceFile.of(p, t.toString()), 100));
          for (Def d : defs) {
            w.addChunk(
                new Chunk(
                    d.path(),
                    Language.fromPath(d.path()),
                    d.start(),
                    d.end(),
                    d.symbol().isEmpty() ? ChunkKind.MODULE : ChunkKind.FUNCTION,
                    d.symbol().substring(d.symbol().lastIndexOf('.') + 1),
                    d.symbol(),
                    // As the chunker writes it: the text up to the body.
                    d.text().lines().findFirst().orElse("").replaceAll("\\s*\\{.*$", ""),
                    "",
                    d.text(),
                    d.refs(),
                    d.names()));
          }
        },
        vectors);
  }

  @Test
  void ranksTheFileThatMatchesTheQuestionAndCitesItsSpan() {
    try (OpenIndex index =
        build(
            List.of(
                new Def(
                    "src/upload/UploadClient.java",
                    10,
                    30,
                    "retryUpload",
                    "void retryUpload() { // retry the upload with exponential backoff\n backoff.sleep(); }"),
                new Def(
                    "src/upload/UploadClient.java", 32, 40, "start", "void start() { open(); }"),
                new Def(
                    "src/auth/Login.java",
                    1,
                    20,
                    "login",
                    "void login(user, password) { check(password); }"),
                new Def("src/util/Strings.java", 1, 5, "join", "String join(List parts) { }")),
            IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      Retrieval result =
          r.retrieve("where are uploads retried with backoff?", RetrievalOptions.defaults());
      assertThat(result.files().get(0).path()).isEqualTo("src/upload/UploadClient.java");
      Location top = result.locations().get(0);
      assertThat(top.citation()).isEqualTo("src/upload/UploadClient.java:10-30");
      assertThat(top.symbol()).isEqualTo("retryUpload");
      assertThat(result.semantic()).isFalse();
      assertThat(result.semanticNote()).contains("off");
    }
  }

  @Test
  void aMemberOfALibraryTypeDoesNotMatchTheCodebasesMemberOfTheSameName() {
    List<Def> defs =
        List.of(
            new Def("src/SafeSet.java", 1, 5, "SafeSet.of", "static SafeSet of(Object... items)"),
            new Def("src/Captor.java", 1, 9, "Captor", "class Captor {"),
            new Def("src/Captor.java", 2, 5, "Captor.forClass", "static Captor forClass(Class c)"),
            new Def("src/Captor.java", 6, 9, "Captor.capture", "Object capture()"),
            new Def("src/Matchers.java", 1, 5, "Matchers.capture", "Object capture(Captor c)"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      LexicalIndex lexical = index.lexical();
      assertThat(symbolPaths(r, lexical, "SafeSet.of(a) fails", index))
          .containsExactly("src/SafeSet.java:1");
      // List is not defined here: its of() is not SafeSet.of.
      assertThat(symbolPaths(r, lexical, "captors built with List.of(a, b) fail", index)).isEmpty();
      // A member named through its own type finds that type's member only.
      assertThat(symbolPaths(r, lexical, "Captor.capture() returns null", index))
          .containsExactly("src/Captor.java:6");
      // A type defined here whose member is not (inherited) still finds members of that name,
      // and so does a lower-case owner (a variable or a module).
      assertThat(symbolPaths(r, lexical, "Captor.of(x) is missing", index))
          .containsExactly("src/SafeSet.java:1");
      assertThat(symbolPaths(r, lexical, "items = sets.of(1, 2) fails", index))
          .containsExactly("src/SafeSet.java:1");
    }
  }

  @Test
  void aQuestionThatAsksForTestsOpensWithATest() {
    List<Def> defs =
        List.of(
            new Def(
                "src/kite/helpers.py",
                1,
                20,
                "url_for",
                "def url_for(endpoint):\n    \"\"\"Build a URL for the endpoint.\"\"\"\n"
                    + "    return url_adapter.build(endpoint)  # url_for url url\n"),
            new Def(
                "tests/test_helpers.py",
                1,
                9,
                "TestUrlFor",
                "class TestUrlFor:\n    def test_url_for(self):\n        url_for('index')\n"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      assertThat(
              r.retrieve("which tests cover url_for?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("tests/test_helpers.py");
      // Asking about the function itself opens with the function.
      assertThat(
              r.retrieve("how does url_for build a URL?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("src/kite/helpers.py");
    }
  }

  @Test
  void aMemberNamedThroughItsModuleFindsThatModulesDefinition() {
    List<Def> defs =
        List.of(
            new Def("examples/negotiation.js", 1, 3, "json", "function json() { res.json(x) }"),
            new Def("lib/response.js", 10, 20, "json", "res.json = function json(obj) {"),
            Def.module("lib/express.js", 70, 71, "exports.json = bodyParser.json\n", "json"),
            Def.module("lib/router/index.js", 1, 2, "exports.route = route\n", "route"),
            new Def("lib/app.js", 1, 3, "route", "app.route = function route(path) {"),
            new Def(
                "test/res.format.js",
                5,
                7,
                "json",
                "json: function () { return res.json(res.json(x)) } // res.json returns json"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      LexicalIndex lexical = index.lexical();
      assertThat(symbolPaths(r, lexical, "what is express.json?", index))
          .containsExactly("lib/express.js:70");
      // An index.js is named by its folder.
      assertThat(symbolPaths(r, lexical, "what does router.route do?", index))
          .containsExactly("lib/router/index.js:1");
      // No module of that name: every definition of the member.
      assertThat(symbolPaths(r, lexical, "why does res2.json fail?", index)).hasSize(4);
      Location lead =
          r.retrieve("what is express.json?", RetrievalOptions.defaults()).locations().get(0);
      assertThat(lead.citation()).isEqualTo("lib/express.js:70");
      // "res.json" is the function assigned to it, not a test's json() that says it more.
      lead =
          r.retrieve("what does res.json return?", RetrievalOptions.defaults()).locations().get(0);
      assertThat(lead.citation()).isEqualTo("lib/response.js:10-20");
    }
  }

  @Test
  void aMemberCalledOnAVariableIsAMethodOfThatName() {
    List<Def> defs =
        List.of(
            new Def(
                "render/json.go",
                18,
                21,
                "JSON",
                "// JSON contains the given interface object; JSON renders JSON.\ntype JSON struct {"),
            new Def(
                "context.go",
                1253,
                1257,
                "Context.JSON",
                "func (c *Context) JSON(code int, obj any) {\n\tc.Render(code, render.JSON{Data: obj})"),
            new Def(
                "context.go",
                1300,
                1302,
                "Context.Status",
                "func (c *Context) Status(code int) {"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      // `c` is defined nowhere: a variable, so c.JSON is a method named JSON.
      assertThat(
              r.retrieve("what does c.JSON do?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .citation())
          .isEqualTo("context.go:1253-1257");
      // The codebase's own `render` package is no variable: render.JSON is the type.
      assertThat(
              r.retrieve("what does render.JSON do?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .citation())
          .isEqualTo("render/json.go:18-21");
    }
  }

  private static List<String> symbolPaths(
      HybridRetriever r, LexicalIndex lexical, String question, OpenIndex index) {
    return HybridRetriever.symbolMatches(r.analyze(question), lexical).stream()
        .map(ord -> lexical.chunk(ord))
        .map(c -> c.path() + ":" + c.startLine())
        .toList();
  }

  @Test
  void aQuestionAboutANameBoundAtTheTopLevelCitesItsBindingFirst() {
    List<Def> defs =
        List.of(
            new Def("src/kite/ctx.py", 1, 20, "AppContext", "class AppContext:\n    app = None"),
            new Def(
                "src/kite/wrappers.py",
                1,
                9,
                "Request",
                "class Request(RequestBase):\n    \"\"\"The request object. A request request.\"\"\"\n"),
            new Def(
                "src/kite/ctx.py",
                30,
                36,
                "AppContext.request",
                "    @property\n    def request(self) -> Request:\n"
                    + "        \"\"\"The request object of this context.\"\"\"\n"
                    + "        return self._request  # the request\n"),
            Def.module(
                "src/kite/globals.py",
                1,
                12,
                "from contextvars import ContextVar\n"
                    + "_cv_app = ContextVar('kite.app')\n"
                    + "current_app = LocalProxy(  # type: ignore\n"
                    + "    _cv_app, 'app'\n"
                    + ")\n"
                    + "g = LocalProxy(_cv_app, 'g')\n"
                    + "request = LocalProxy(_cv_app, 'request')\n",
                "_cv_app",
                "current_app",
                "g",
                "request"),
            new Def(
                "tests/test_appctx.py",
                1,
                9,
                "test_current_app",
                "def test_current_app(app):\n"
                    + "    with app.app_context():\n"
                    + "        assert current_app._get_current_object() is app\n"
                    + "        assert current_app.name == current_app.import_name\n"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      // The test mentions current_app more often; the binding still opens the answer.
      Location first =
          r.retrieve("what is current_app?", RetrievalOptions.defaults()).locations().get(0);
      assertThat(first.symbol()).isEqualTo("current_app");
      assertThat(first.kind()).isEqualTo("variable");
      assertThat(first.citation()).isEqualTo("src/kite/globals.py:3-5");
      assertThat(first.signature()).isEqualTo("current_app = LocalProxy(");
      // One letter is no search term, but the codebase defines `g`: it is looked up by name.
      assertThat(HybridRetriever.namedWords("what is g?", index.lexical())).containsExactly("g");
      Location g = r.retrieve("what is g?", RetrievalOptions.defaults()).locations().get(0);
      assertThat(g.citation()).isEqualTo("src/kite/globals.py:6");
      // A bare name some class has as a member is told by its module-level definition first.
      Location request =
          r.retrieve("where is request defined?", RetrievalOptions.defaults()).locations().get(0);
      assertThat(request.citation()).isEqualTo("src/kite/globals.py:7");
      // Called a method, it is the member.
      assertThat(
              r.retrieve("what does the request method return?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .symbol())
          .isEqualTo("AppContext.request");
      // Named through its class, the member is what is asked about.
      assertThat(
              r.retrieve("what is AppContext.request?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .symbol())
          .isEqualTo("AppContext.request");
      // "where is X defined?" asks about a name; a word the code does not define stays a word.
      assertThat(HybridRetriever.namedWords("where is current_app defined?", index.lexical()))
          .containsExactly("current_app");
      assertThat(HybridRetriever.namedWords("what is x?", index.lexical())).isEmpty();
      assertThat(HybridRetriever.namedWords("what is caching?", index.lexical())).isEmpty();
      assertThat(HybridRetriever.namedWords("g is None\nin the test\nand more", index.lexical()))
          .isEmpty();
    }
  }

  @Test
  void aWordTheQuestionCallsAFunctionIsAskedAboutAsThatFunction() {
    List<Def> defs =
        List.of(
            new Def(
                "src/click/testing.py",
                1,
                8,
                "EchoingStdin",
                "class EchoingStdin:\n    # echo options: echo what is read, echo input options\n"
                    + "    def __init__(self, echo_options): self.echo = echo_options\n"),
            new Def(
                "src/click/utils.py",
                1,
                6,
                "echo",
                "def echo(message=None, file=None, nl=True, err=False, color=None):\n"
                    + "    # print a message\n    file.write(message)\n"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      String question = "what options does the echo function take?";
      assertThat(HybridRetriever.namedWords(question, index.lexical())).containsExactly("echo");
      assertThat(
              new HybridRetriever(index, Optional.empty())
                  .retrieve(question, RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .symbol())
          .isEqualTo("echo");
      // Called a class, the word must name a type: `echo` is a function, so it stays a word.
      assertThat(HybridRetriever.namedWords("what does the echo class do?", index.lexical()))
          .isEmpty();
      // A word the code does not define is a word ("the retry function" in code without one).
      assertThat(HybridRetriever.namedWords("where is the retry function?", index.lexical()))
          .isEmpty();
    }
  }

  @Test
  void aQuotedMessageOpensWhereTheCodeSaysItVerbatim() {
    List<Def> defs = new ArrayList<>();
    defs.add(
        new Def(
            "src/http2/Stream.kt",
            1,
            9,
            "Http2Stream",
            "class Http2Stream { // a stream: stream closed, closed early, early close of a closed stream\n"
                + "  fun endStream() { streamEnded = true } // close the stream early\n}"));
    defs.add(
        new Def(
            "src/http1/Codec.kt",
            1,
            9,
            "FixedLengthSource.read",
            "fun read(sink: Buffer): Long {\n  if (read == -1L) {\n"
                + "    throw ProtocolException(\"stream closed early\")\n  }\n}"));
    defs.add(
        new Def(
            "test/CodecTest.kt",
            1,
            5,
            "CodecTest.truncated",
            "fun truncated() { assertFailsWith(\"stream closed early\") { read() } }"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      assertThat(
              r.retrieve("why do I get \"stream closed early\"?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("src/http1/Codec.kt");
      // Unquoted, the words are words (no message word marks them): the stream class says them
      // most.
      assertThat(
              r.retrieve("why do I get stream closed early?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("src/http2/Stream.kt");
      // Asked for tests, the test that holds the message opens.
      assertThat(
              r.retrieve("which test checks \"stream closed early\"?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("test/CodecTest.kt");
    }
  }

  @Test
  void exactSymbolAndPathMentionsWinOverWordOverlap() {
    List<Def> defs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      defs.add(
          new Def(
              "src/noise" + i + ".py",
              1,
              3,
              "parse_config_" + i,
              "def parse_config_" + i + "(): parse config parse config"));
    }
    defs.add(new Def("src/loader.py", 1, 3, "load_settings", "def load_settings(): return {}"));
    defs.add(new Def("pkg/special/handler.py", 1, 3, "handle", "def handle(): pass"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      Retrieval bySymbol =
          r.retrieve(
              "parse config is broken when load_settings() runs", RetrievalOptions.defaults());
      assertThat(bySymbol.query().identifiers()).contains("load_settings");
      assertThat(bySymbol.files().stream().map(FileHit::path).limit(3)).contains("src/loader.py");
      Retrieval byPath =
          r.retrieve("parse config fails in special/handler.py", RetrievalOptions.defaults());
      assertThat(byPath.files().get(0).path()).isEqualTo("pkg/special/handler.py");
    }
  }

  @Test
  void anIssueReportLeadsWithTheBestSpanOfTheBestFile() {
    List<Def> defs =
        List.of(
            new Def("src/cache.py", 1, 8, "put", "def put(key, value): # store an entry"),
            new Def("src/cache.py", 10, 18, "evict", "def evict(): # cache full: evict the entry"),
            new Def(
                "src/stats.py",
                1,
                8,
                "report",
                "def report(): # count of evicted entries when the cache is full"),
            new Def("src/stats.py", 10, 18, "reset", "def reset(): # zero the counts"));
    // The report names the file it is about; the function it quotes only shows the symptom.
    String report =
        "Entries are never evicted from a full cache\n"
            + "In src/cache.py the entry is kept after the cache is full; report() shows 0 evicted.";
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      Retrieval issue = r.retrieve(report, RetrievalOptions.defaults());
      assertThat(issue.files().get(0).path()).isEqualTo("src/cache.py");
      assertThat(issue.locations().get(0).symbol()).isEqualTo("evict");
      assertThat(issue.locations().get(1).symbol())
          .as("the span that scored best still follows")
          .isEqualTo("report");
      Retrieval question = r.retrieve(report.replace("\n", " "), RetrievalOptions.defaults());
      // The same words as one line, a question: its best span leads, wherever it is.
      assertThat(question.files().get(0).path()).isEqualTo("src/cache.py");
      assertThat(question.locations().get(0).symbol()).isEqualTo("report");
    }
  }

  @Test
  void testFilesRankBelowImplementationUnlessTestsAreAskedAbout() {
    List<Def> defs =
        List.of(
            new Def(
                "tests/test_cache.py",
                1,
                10,
                "test_cache_eviction",
                "def test_cache_eviction(): cache eviction lru cache eviction"),
            new Def(
                "src/cache.py", 1, 10, "evict", "def evict(): # cache eviction of the lru entry"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      assertThat(
              r.retrieve("how does cache eviction work?", RetrievalOptions.defaults())
                  .files()
                  .get(0)
                  .path())
          .isEqualTo("src/cache.py");
      assertThat(
              r.retrieve("which test covers cache eviction?", RetrievalOptions.defaults())
                  .files()
                  .get(0)
                  .path())
          .isEqualTo("tests/test_cache.py");
    }
  }

  @Test
  void anErrorMessageQuotedInTheQuestionFindsTheCodeThatRaisesIt() {
    List<Def> defs = new ArrayList<>();
    // Many files talk about mocking classes; only one raises the message the user pasted.
    for (int i = 0; i < 6; i++) {
      defs.add(
          new Def(
              "src/mock/Maker" + i + ".java",
              1,
              5,
              "createMock" + i,
              "Object createMock" + i + "(Class type) { // mock this class, mock the type\n}"));
    }
    defs.add(
        new Def(
            "src/mock/InlineMaker.java",
            40,
            48,
            "checkMockable",
            "void checkMockable(Class t) { if (t.isEnum()) throw new MockitoException(\"Mockito"
                + " cannot mock this class: \" + t); }"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r = new HybridRetriever(index, Optional.empty());
      String question =
          "Deep stubs break with enums\nMy test fails with:\n\n"
              + "org.mockito.exceptions.base.MockitoException:\n"
              + "Mockito cannot mock this class: class com.example.PieceType\n";
      Retrieval result = r.retrieve(question, RetrievalOptions.defaults());
      assertThat(result.query().phrases()).contains("Mockito cannot mock this");
      FileHit top = result.files().get(0);
      assertThat(top.path()).isEqualTo("src/mock/InlineMaker.java");
      assertThat(top.evidence().phrase()).isEqualTo(1);
      assertThat(result.locations().get(0).citation()).isEqualTo("src/mock/InlineMaker.java:40-48");

      // Prose that is not a program message yields no phrases, so no phrase evidence.
      Retrieval prose = r.retrieve("how do we mock this class type?", RetrievalOptions.defaults());
      assertThat(prose.query().phrases()).isEmpty();
      assertThat(prose.files()).allSatisfy(f -> assertThat(f.evidence().phrase()).isZero());
    }
  }

  @Test
  void filesOneCallAwayFromTheBestSpanJoinTheRanking() {
    List<Def> defs = new ArrayList<>();
    // The question's words sit in the session store; its caller and the cookie codec it uses
    // share few of them, and plain noise files match them more often.
    defs.add(
        new Def(
            "src/sessions.py",
            1,
            12,
            "save_session",
            "def save_session(app, session, response):\n"
                + "    # persist the session to the signed cookie at request end\n"
                + "    response.set_cookie(TaggedSerializer().dumps(session))",
            List.of("TaggedSerializer", "set_cookie")));
    defs.add(
        new Def(
            "src/ctx.py",
            40,
            52,
            "pop",
            "def pop(self):\n    self.app.iface.save_session(self.app, self.data, self.out)",
            List.of("save_session")));
    defs.add(
        new Def(
            "src/tag.py",
            1,
            9,
            "TaggedSerializer",
            "class TaggedSerializer:\n    def dumps(self, value): return compact(value)"));
    for (int i = 0; i < 8; i++) {
      defs.add(
          new Def(
              "src/noise" + i + ".py",
              1,
              4,
              "note" + i,
              "def note" + i + "(): # the session at request end"));
    }
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      String question = "how is the session persisted at request end?";
      Retrieval withHop =
          new HybridRetriever(index, Optional.empty())
              .retrieve(question, RetrievalOptions.defaults());
      Retrieval without =
          new HybridRetriever(
                  index, Optional.empty(), RetrievalWeights.parse("callers=0,callees=0"))
              .retrieve(question, RetrievalOptions.defaults());
      assertThat(withHop.files().get(0).path()).isEqualTo("src/sessions.py");

      FileHit caller = file(withHop, "src/ctx.py");
      assertThat(caller.evidence().callers()).isEqualTo(1);
      FileHit callee = file(withHop, "src/tag.py");
      assertThat(callee.evidence().callees()).isEqualTo(1);
      assertThat(withHop.files())
          .filteredOn(f -> f.path().startsWith("src/noise"))
          .allSatisfy(
              f -> {
                assertThat(f.evidence().callers()).isZero();
                assertThat(f.evidence().callees()).isZero();
              });
      // The hop lifts both past noise that only shares words with the question.
      assertThat(rank(withHop, "src/ctx.py")).isLessThan(rank(without, "src/ctx.py"));
      assertThat(rank(withHop, "src/tag.py")).isLessThan(rank(without, "src/tag.py"));
      assertThat(without.files())
          .allSatisfy(f -> assertThat(f.evidence().callers() + f.evidence().callees()).isZero());
    }
  }

  private static FileHit file(Retrieval r, String path) {
    return r.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }

  private static int rank(Retrieval r, String path) {
    List<String> paths = r.files().stream().map(FileHit::path).toList();
    return paths.contains(path) ? paths.indexOf(path) + 1 : Integer.MAX_VALUE;
  }

  @Test
  void questionWordsMeetTheFormsCodeWritesThemIn() {
    List<Def> defs =
        List.of(
            new Def(
                "src/files/scratch.py",
                1,
                4,
                "create_tmp_dir",
                "def create_tmp_dir(prefix):\n    return mkdtemp(prefix)"),
            new Def(
                "src/files/listing.py",
                1,
                4,
                "list_directory",
                "def list_directory(path):\n    # the directory listing, directory by directory\n"
                    + "    return scandir(path)"));
    String question = "where is the temporary directory created?";
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      // "temporary" is written "tmp" and "directory" "dir": the scratch directory code answers.
      Retrieval forms =
          new HybridRetriever(index, Optional.empty())
              .retrieve(question, RetrievalOptions.defaults());
      assertThat(forms.files().get(0).path()).isEqualTo("src/files/scratch.py");
      assertThat(forms.absentWords()).isEmpty();
      // Searching the words alone finds the file that says "directory" most.
      Retrieval words =
          new HybridRetriever(index, Optional.empty(), RetrievalWeights.parse("wordForms=0"))
              .retrieve(question, RetrievalOptions.defaults());
      assertThat(words.files().get(0).path()).isEqualTo("src/files/listing.py");
      assertThat(words.absentWords()).containsExactly("temporary");
    }
  }

  @Test
  void aShortQuestionThatAsksForNoTestLeadsWithCodeThatScoresNearTheBestTest() {
    List<Def> defs =
        List.of(
            new Def(
                "tests/test_views.py",
                1,
                6,
                "test_async_views_run",
                "def test_async_views_run(app):\n    # async views run: each async view is run\n"
                    + "    view = AsyncView()\n    assert run(view) == 'async views run'"),
            new Def(
                "src/app/sync.py",
                1,
                4,
                "ensure_sync",
                "def ensure_sync(func):\n    # coroutine views run in a thread\n"
                    + "    return to_sync(func)"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      // Tests are not demoted here, so that the test's span is the best one.
      HybridRetriever plain =
          new HybridRetriever(
              index, Optional.empty(), RetrievalWeights.parse("questionTestPenalty=1,codeLead=0"));
      HybridRetriever codeLeads =
          new HybridRetriever(
              index, Optional.empty(), RetrievalWeights.parse("questionTestPenalty=1"));
      String question = "how are async views run?";
      // The test says the words most, and leads when code may not take its place.
      assertThat(plain.retrieve(question, RetrievalOptions.defaults()).locations().get(0).path())
          .isEqualTo("tests/test_views.py");
      List<Location> led = codeLeads.retrieve(question, RetrievalOptions.defaults()).locations();
      assertThat(led.get(0).path()).isEqualTo("src/app/sync.py");
      assertThat(led).extracting(Location::path).contains("tests/test_views.py");
      // A question that asks for tests, or names code, keeps the best span first.
      assertThat(
              codeLeads
                  .retrieve("which test checks that async views run?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("tests/test_views.py");
      assertThat(
              codeLeads
                  .retrieve("how is AsyncView run?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("tests/test_views.py");
      // "test" as what the code is about ("how does pytest collect test files?") asks for no
      // test; a question about one test ("the test that…") does.
      assertThat(
              codeLeads
                  .retrieve("how are async views run in test files?", RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("src/app/sync.py");
      assertThat(
              codeLeads
                  .retrieve(
                      "why does the test that runs async views await them?",
                      RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("tests/test_views.py");
    }
  }

  @Test
  void aHowToQuestionAnsweredOnlyByTestsNearTheTopOpensWithTheGuide() {
    List<Def> defs =
        List.of(
            new Def(
                "testing/test_capture.py",
                1,
                4,
                "test_capture_stdout",
                "def test_capture_stdout(capsys):\n    # capture stdout in a test\n"
                    + "    print('stdout')\n    assert capsys.readouterr().out == 'stdout'"),
            Def.module(
                "doc/en/how-to/capture-stdout-stderr.rst",
                1,
                3,
                "How to capture stdout\n=====================\n"
                    + "Use the capsys fixture to capture stdout and stderr."));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r =
          new HybridRetriever(
              index, Optional.empty(), RetrievalWeights.parse("questionTestPenalty=1"));
      assertThat(first(r, "how do I capture stdout in a test?"))
          .isEqualTo("doc/en/how-to/capture-stdout-stderr.rst");
      // Not a how-to question, or tests asked for: the test keeps the opening.
      assertThat(first(r, "where is stdout captured in a test?"))
          .isEqualTo("testing/test_capture.py");
      assertThat(first(r, "which test captures stdout?")).isEqualTo("testing/test_capture.py");
    }
  }

  private static String first(HybridRetriever r, String question) {
    return r.retrieve(question, RetrievalOptions.defaults()).locations().get(0).path();
  }

  @Test
  void aHowToQuestionWhoseBestPlaceIsAGuideOpensWithIt() {
    List<Def> defs =
        List.of(
            Def.module(
                "docs/guides/how-to-reset-state.md",
                1,
                3,
                "How to reset state\nTo reset the store, call reset: reset the store state.\n"),
            new Def(
                "src/middleware/devtools.ts",
                1,
                2,
                "storeInformation",
                "const storeInformation = (store) => store.state"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      HybridRetriever r =
          new HybridRetriever(
              index, Optional.empty(), RetrievalWeights.parse("questionDocPenalty=1"));
      assertThat(first(r, "how do I reset the store state?"))
          .isEqualTo("docs/guides/how-to-reset-state.md");
      // Not a how-to: the code leads in the guide's place.
      assertThat(first(r, "where is the store state reset?"))
          .isEqualTo("src/middleware/devtools.ts");
    }
  }

  @Test
  void howDoIOpensWithTheFunctionNamedByTheActionWhenTheBestPlaceIsNamedOtherwise() {
    List<Def> defs =
        List.of(
            new Def(
                "src/plugin/dayOfYear/index.js",
                1,
                6,
                "dayOfYear",
                "proto.dayOfYear = function (input) {\n  // days of the year: day from start of"
                    + " year\n  const day = round((this.startOf('day') - this.startOf('year')))\n"
                    + "  return input == null ? day : this.add(input - day, 'day')\n}"),
            new Def(
                "src/index.js",
                229,
                240,
                "Dayjs.add",
                "add(number, units) {\n  const d = dayjs(this)\n  return d.date(d.date() +"
                    + " number)\n}"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      String question = "how do I add days to a date?";
      HybridRetriever plain =
          new HybridRetriever(index, Optional.empty(), RetrievalWeights.parse("codeLead=0"));
      List<Location> ranked = plain.retrieve(question, RetrievalOptions.defaults()).locations();
      assertThat(ranked.get(0).symbol()).isEqualTo("dayOfYear");
      List<Location> led =
          new HybridRetriever(index, Optional.empty())
              .retrieve(question, RetrievalOptions.defaults())
              .locations();
      assertThat(led.get(0).symbol()).isEqualTo("Dayjs.add");
      assertThat(led).extracting(Location::symbol).contains("dayOfYear");
    }
  }

  @Test
  void aTypeDeclarationTheQuestionDoesNotAskForGivesTheLeadToCode() {
    List<Def> defs =
        List.of(
            new Def(
                "index.d.ts",
                1,
                4,
                "ParamsSerializerOptions",
                "// how params are serialized: options of the params serializer\n"
                    + "interface ParamsSerializerOptions { encode?: ParamEncoder; serialize?:"
                    + " CustomParamsSerializer }"),
            new Def(
                "lib/helpers/buildURL.js",
                1,
                4,
                "buildURL",
                "function buildURL(url, params, options) {\n  // params serialized into the url\n"
                    + "  return url + serialize(params);\n}"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      RetrievalWeights noDemotion = RetrievalWeights.parse("declarationPenalty=1");
      String question = "where are params serialized?";
      assertThat(
              new HybridRetriever(
                      index,
                      Optional.empty(),
                      RetrievalWeights.parse("declarationPenalty=1,codeLead=0"))
                  .retrieve(question, RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("index.d.ts");
      HybridRetriever codeLeads = new HybridRetriever(index, Optional.empty(), noDemotion);
      assertThat(
              codeLeads.retrieve(question, RetrievalOptions.defaults()).locations().get(0).path())
          .isEqualTo("lib/helpers/buildURL.js");
      // Asked for types, the declaration keeps its place.
      assertThat(
              codeLeads
                  .retrieve(
                      "which typescript types describe how params are serialized?",
                      RetrievalOptions.defaults())
                  .locations()
                  .get(0)
                  .path())
          .isEqualTo("index.d.ts");
    }
  }

  @Test
  void codeThatLacksARareWordOfTheTestDoesNotLeadInItsPlace() {
    List<Def> defs = new ArrayList<>();
    defs.add(
        new Def(
            "tests/test_refs.py",
            1,
            4,
            "test_circular_references",
            "def test_circular_references():\n    # circular references raise an error\n"
                + "    a = Node(); a.child = a\n    raises(dump, a)"));
    defs.add(
        new Def(
            "src/app/refs.py",
            1,
            3,
            "resolve_references",
            "def resolve_references(doc):\n    # references are resolved and handled here\n"
                + "    return walk(doc)"));
    // Enough other code that "circular" is a rare word and "references" a rarer one than most.
    for (int i = 0; i < 60; i++) {
      defs.add(
          new Def(
              "src/other/mod" + i + ".py",
              1,
              2,
              "helper" + i,
              "def helper" + i + "(x):\n    return x + " + i));
    }
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      List<Location> found =
          new HybridRetriever(
                  index, Optional.empty(), RetrievalWeights.parse("questionTestPenalty=1"))
              .retrieve("how are circular references handled?", RetrievalOptions.defaults())
              .locations();
      // The code scores well enough to lead, but it is not about "circular": the test leads.
      assertThat(found.get(0).path()).isEqualTo("tests/test_refs.py");
      Location code =
          found.stream().filter(l -> l.path().equals("src/app/refs.py")).findFirst().orElseThrow();
      assertThat(code.score()).isGreaterThanOrEqualTo(0.5 * found.get(0).score());
    }
  }

  @Test
  void capsSpansPerFileAndMergesOverlaps() {
    List<Def> defs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      defs.add(
          new Def(
              "src/big.js",
              i * 10 + 1,
              i * 10 + 10,
              "token" + i,
              "function token" + i + "() { tokenize tokens }"));
    }
    defs.add(
        new Def("src/big.js", 5, 15, "overlap", "function overlap() { tokenize tokens tokens }"));
    defs.add(new Def("src/other.js", 1, 5, "other", "function other() { tokenize }"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      Retrieval result =
          new HybridRetriever(index, Optional.empty())
              .retrieve("tokenize tokens", RetrievalOptions.defaults());
      long inBig = result.locations().stream().filter(l -> l.path().equals("src/big.js")).count();
      assertThat(inBig).isLessThanOrEqualTo(3);
      for (int i = 0; i < result.locations().size(); i++) {
        for (int j = i + 1; j < result.locations().size(); j++) {
          assertThat(result.locations().get(i).overlaps(result.locations().get(j))).isFalse();
        }
      }
      assertThat(result.locations()).extracting(Location::path).contains("src/other.js");
    }
  }

  @Test
  void piecesOfOneLongDefinitionAreCitedAsOnePlace() {
    List<Def> defs =
        List.of(
            new Def("src/helpers.py", 400, 458, "send_file", "def send_file(path): max age file"),
            // The chunker cut the same function at a blank line (459).
            new Def("src/helpers.py", 460, 523, "send_file", "max age of the file: cache timeout"),
            // A different definition after a blank line stays its own place.
            new Def("src/helpers.py", 525, 530, "send_dir", "def send_dir(): file max age"));
    try (OpenIndex index = build(defs, IndexManifest.VectorState.DISABLED)) {
      List<Location> places =
          new HybridRetriever(index, Optional.empty())
              .retrieve("file max age", RetrievalOptions.defaults())
              .locations();
      assertThat(places)
          .extracting(l -> l.symbol() + " " + l.startLine() + "-" + l.endLine())
          .containsExactlyInAnyOrder("send_file 400-523", "send_dir 525-530");
    }
  }

  @Test
  void refusesAnEmbedderOtherThanTheOneTheIndexWasBuiltWith() throws Exception {
    IndexStore store = new IndexStore(root);
    Path version = store.newVersion("m");
    try (LexicalIndexWriter w = new LexicalIndexWriter(version.resolve(IndexStore.LEXICAL_DIR))) {
      w.commit();
    }
    java.nio.file.Files.writeString(
        version.resolve(IndexStore.VECTORS_FILE), "stand-in; the loader below ignores it");
    store.writeManifest(
        version,
        new IndexManifest(
            IndexManifest.FORMAT_VERSION,
            "m",
            "s",
            "",
            "now",
            0,
            0,
            0,
            IndexManifest.VectorState.READY,
            "",
            new ModelIdentity("model-a", "aaaa", 3),
            Map.of()));
    VectorIndex empty =
        new VectorIndex() {
          public int dimensions() {
            return 3;
          }

          public long size() {
            return 0;
          }

          public void add(long[] ids, float[][] v) {}

          public List<VectorHit> search(float[] q, int k) {
            return List.of();
          }

          public void save(Path f) {}

          public void close() {}
        };
    try (OpenIndex index = OpenIndex.open(store, version, p -> empty)) {
      Embedder other =
          new Embedder() {
            public ModelIdentity identity() {
              return new ModelIdentity("model-b", "bbbb", 3);
            }

            public float[][] embed(List<String> t) {
              return new float[t.size()][3];
            }
          };
      assertThatThrownBy(() -> new HybridRetriever(index, Optional.of(other)))
          .isInstanceOf(LanternException.class)
          .hasMessageContaining("model-a")
          .hasMessageContaining("model-b");
    }
  }

  @Test
  void pathsInStackTracesAndDottedModuleNamesPointAtFiles() {
    List<String> indexed =
        List.of(
            "requests/models.py",
            "requests/sessions.py",
            "src/main/java/com/google/gson/Gson.java",
            "docs/models.py",
            "tests/test_models.py");
    QueryAnalyzer qa = new QueryAnalyzer();
    List<String> fromTrace =
        HybridRetriever.mentionedPaths(
            qa.analyze(
                "File \"/usr/lib/python3/site-packages/requests/models.py\", line 12, in prepare"),
            indexed);
    assertThat(fromTrace.get(0)).isEqualTo("requests/models.py");
    List<String> fromModule =
        HybridRetriever.mentionedPaths(
            qa.analyze("calling com.google.gson.Gson.toJson fails; see requests.sessions too"),
            indexed);
    assertThat(fromModule)
        .containsExactly("src/main/java/com/google/gson/Gson.java", "requests/sessions.py");
    assertThat(HybridRetriever.mentionedPaths(qa.analyze("how do sessions work"), indexed))
        .isEmpty();
    List<String> inits =
        List.of("a/__init__.py", "b/__init__.py", "c/__init__.py", "d/__init__.py", "d/main.py");
    assertThat(
            HybridRetriever.mentionedPaths(
                qa.analyze("my __init__.py and main.py are ignored"), inits))
        .as("a file name shared by many files points at none of them")
        .containsExactly("d/main.py");
  }
}
