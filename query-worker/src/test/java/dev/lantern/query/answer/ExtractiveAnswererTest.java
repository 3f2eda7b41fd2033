package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.answer.AnswerEvent;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.QuestionWords;
import dev.lantern.query.retrieve.UnmatchedWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTest {
  private static Location loc(
      String path, int s, int e, String symbol, String doc, String snippet) {
    return new Location(path, s, e, symbol, "function", "void " + symbol + "()", doc, 1.0, snippet);
  }

  private static List<AnswerEvent> run(
      ExtractiveAnswerer a, String q, List<String> terms, List<Location> locs) {
    return run(a, q, terms, List.of(), locs);
  }

  private static List<AnswerEvent> run(
      ExtractiveAnswerer a,
      String q,
      List<String> terms,
      List<String> absent,
      List<Location> locs) {
    return run(a, q, new QuestionWords(terms, absent, List.of()), locs);
  }

  private static List<AnswerEvent> run(
      ExtractiveAnswerer a, String q, QuestionWords words, List<Location> locs) {
    List<AnswerEvent> events = new ArrayList<>();
    a.answer(q, words, locs, List.of(), events::add);
    return events;
  }

  private static String text(List<AnswerEvent> events) {
    StringBuilder sb = new StringBuilder();
    events.stream()
        .filter(e -> e instanceof AnswerEvent.Token)
        .forEach(e -> sb.append(((AnswerEvent.Token) e).text()));
    return sb.toString();
  }

  @Test
  void aLaterPlaceThatCoversTheQuestionOpensWhenTheFirstThreeDoNot() {
    Location clean = loc("path.go", 10, 124, "cleanPath", "cleanPath cleans a path.", "path");
    Location bench = loc("path_test.go", 94, 102, "BenchmarkPathClean", "", "path");
    Location bench2 = loc("path_test.go", 135, 145, "BenchmarkPathCleanLong", "", "path");
    Location value =
        loc("tree.go", 587, 665, "node.getValue", "Returns the params of the path.", "params");
    List<Location> places = List.of(clean, bench, bench2, value);
    QuestionWords words =
        new QuestionWords(
            List.of("path", "parameters", "extracted"),
            List.of(),
            List.of(),
            java.util.Map.of("parameters", List.of("param")));
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none());
    String answer = text(run(a, "how are path parameters extracted?", words, places));
    assertThat(answer)
        .startsWith("The most relevant code is the function `node.getValue` (tree.go:587-665).")
        .contains("- `cleanPath` (path.go:10-124)")
        .doesNotContain("could not find");
    // Nothing within reach covers it: the answer says so.
    assertThat(text(run(a, "how are path parameters extracted?", words, places.subList(0, 3))))
        .startsWith("I could not find code about");
  }

  @Test
  void aParameterTheQuestionNamesIsQuotedFromTheDocComment() {
    String doc =
        "Sends PreparedRequest object.\n\n:param request: The request.\n"
            + ":param timeout: (optional) How long to wait for the server to send\n"
            + "data before giving up.\n:rtype: Response";
    Location send = loc("src/requests/adapters.py", 634, 748, "HTTPAdapter.send", doc, "send");
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none());
    String answer =
        text(run(a, "how do I set a timeout?", List.of("set", "timeout"), List.of(send)));
    assertThat(answer)
        .contains(
            "Its documentation says: \u201cSends PreparedRequest object.\u201d Its `timeout`"
                + " parameter: \u201c(optional) How long to wait for the server to send data"
                + " before giving up.\u201d");
    // A question about what the code does, not how to use it: no parameter is quoted.
    assertThat(
            text(
                run(
                    a,
                    "what does send do with a timeout?",
                    List.of("send", "timeout"),
                    List.of(send))))
        .doesNotContain("parameter:");
    assertThat(text(run(a, "which parameter sets the timeout?", List.of("timeout"), List.of(send))))
        .contains("Its `timeout` parameter:");
    // No parameter named by the question: nothing quoted beyond the first sentence.
    assertThat(text(run(a, "how do I send a request?", List.of("send", "request"), List.of(send))))
        .contains("`request` parameter")
        .doesNotContain("`timeout` parameter");
    assertThat(text(run(a, "how do I send data?", List.of("send", "data"), List.of(send))))
        .doesNotContain("parameter:");
  }

  @Test
  void aConstructorsParameterIsQuotedFromItsClassDoc() {
    Location init =
        loc(
            "src/requests/adapters.py",
            201,
            221,
            "HTTPAdapter.__init__",
            "",
            "def __init__(self, max_retries: int | Retry = DEFAULT_RETRIES):");
    Location adapter =
        new Location(
            "src/requests/adapters.py",
            158,
            199,
            "HTTPAdapter",
            "type",
            "class HTTPAdapter(BaseAdapter):",
            "The built-in HTTP Adapter for urllib3.\n\n:param max_retries: The maximum number of"
                + " retries each connection should attempt, for failed DNS lookups.\n"
                + ":param pool_block: Whether to block.",
            1.0,
            "class HTTPAdapter(BaseAdapter):");
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none());
    assertThat(
            text(
                run(
                    a,
                    "how can I retry failed requests?",
                    List.of("retry", "failed", "requests"),
                    List.of(init, adapter))))
        .contains(
            "Its `max_retries` parameter: \u201cThe maximum number of retries each connection"
                + " should attempt, for failed DNS lookups.\u201d");
    // Another class's doc, or a method that is no constructor, is not read.
    assertThat(ParamDoc.classDoc(init, List.of(init))).isEmpty();
    assertThat(
            ParamDoc.classDoc(
                loc("src/requests/adapters.py", 230, 240, "HTTPAdapter.send", "", ""),
                List.of(adapter)))
        .isEmpty();
  }

  @Test
  void aMethodOverriddenInSubclassesNamesThem() {
    Location save =
        new Location(
            "src/flask/sessions.py",
            263,
            270,
            "SessionInterface.save_session",
            "function",
            "def save_session(self, app, session, response)",
            "This is called at the end.",
            1.0,
            "def save_session(self, app, session, response):\n    raise NotImplementedError()\n");
    Location secure =
        loc("src/flask/sessions.py", 337, 385, "SecureCookieSessionInterface.save_session", "", "");
    OverrideLookup overrides =
        (symbol, limit) ->
            symbol.equals("SessionInterface.save_session") ? List.of(secure) : List.of();
    ExtractiveAnswerer a =
        new ExtractiveAnswerer(
            CallerLookup.none(), CalleeLookup.none(), PlaceText.snippets(), overrides);
    assertThat(
            text(run(a, "where is the session saved?", List.of("session", "saved"), List.of(save))))
        .contains(
            "It is implemented by `SecureCookieSessionInterface.save_session`"
                + " (src/flask/sessions.py:337-385).");
  }

  @Test
  void aDocWindowWithoutATitleIsPlacedByTheSectionsAroundIt() {
    String file =
        "How to capture\n==============\n\nIntro.\n\nSetup\n-----\n"
            + "Some setup text.\nmore setup\n\nAccessing output\n----------------\n"
            + "Use capsys to capture stdout.\n";
    PlaceText reader = place -> PlaceText.lines(file, place.startLine(), place.endLine());
    Location inside =
        new Location("doc/capture.rst", 8, 13, "", "window", "", "", 1.0, "Some setup text.");
    Location under =
        new Location("doc/capture.rst", 8, 9, "", "window", "", "", 1.0, "Some setup text.");
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none(), CalleeLookup.none(), reader);
    List<String> terms = List.of("capture", "setup");
    assertThat(text(run(a, "how do I capture stdout?", terms, List.of(inside))))
        .startsWith(
            "The most relevant documentation is in doc/capture.rst:8-13, which includes the"
                + " section \u201cAccessing output\u201d.");
    assertThat(text(run(a, "how do I capture stdout?", terms, List.of(under))))
        .startsWith(
            "The most relevant documentation is in doc/capture.rst:8-9, under \u201cSetup\u201d.");
  }

  @Test
  void aHeadingHoldingCodeIsQuotedNotWrappedInBackticks() {
    assertThat(ExtractiveAnswerer.codeName("Reference > `useStore(store)`"))
        .isEqualTo("\u201cReference > `useStore(store)`\u201d");
    assertThat(ExtractiveAnswerer.codeName("Session.send")).isEqualTo("`Session.send`");
  }

  @Test
  void anAbsentNameSpelledAlmostLikeADefinitionGetsADidYouMean() {
    Location near = loc("src/flask/helpers.py", 200, 251, "url_for", "Build a URL.", "");
    QuestionWords words =
        new QuestionWords(
            List.of("url_fro", "url", "fro"),
            List.of("url_fro"),
            List.of(),
            java.util.Map.of(),
            java.util.Map.of("url_fro", List.of(near)));
    assertThat(
            text(
                run(
                    new ExtractiveAnswerer(CallerLookup.none()),
                    "what does url_fro do?",
                    words,
                    List.of(near))))
        .contains("No file in this codebase mentions “url_fro”.")
        .contains("Did you mean `url_for` (src/flask/helpers.py:200-251)?");
  }

  @Test
  void aNameFromOutsideTheCodebaseIsSaidToComeFromItsPackageFirst() {
    Location route = loc("lib/application.js", 246, 258, "route", "Proxy to `Router#route()`.", "");
    dev.lantern.query.retrieve.ImportedName router =
        new dev.lantern.query.retrieve.ImportedName(
            "Router",
            "router",
            new Location(
                "lib/express.js", 19, 19, "", "", "", "", 0, "var Router = require('router');"),
            2,
            null);
    QuestionWords words =
        new QuestionWords(
            List.of("router"),
            List.of(),
            List.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            java.util.Map.of("Router", router));
    assertThat(
            text(
                run(
                    new ExtractiveAnswerer(CallerLookup.none()),
                    "where does Router come from?",
                    words,
                    List.of(route))))
        .startsWith(
            "`Router` is not defined in this codebase: it comes from `router`, imported at"
                + " lib/express.js:19 (`var Router = require('router');`) and in 1 other file.\n\n"
                + "The most relevant code is the function `route`");
  }

  @Test
  void exceptionsAFunctionThrowsAreNotWorkItHandsOn() {
    Location verify =
        loc(
            "src/utils/jwt/jwt.ts",
            96,
            104,
            "verify",
            "",
            "verify = async (token, key) => {\n  const { header } = decode(token)\n"
                + "  if (!header.alg) {\n    throw new JwtAlgorithmRequired()\n  }\n"
                + "  if (!ok) throw new JwtTokenInvalid(token)\n  return payload\n}");
    Location decode = loc("src/utils/jwt/jwt.ts", 264, 279, "decode", "", "");
    Location required = loc("src/utils/jwt/types.ts", 13, 18, "JwtAlgorithmRequired", "", "");
    Location invalid = loc("src/utils/jwt/types.ts", 27, 32, "JwtTokenInvalid", "", "");
    CalleeLookup callees =
        (place, limit) ->
            place.symbol().equals("verify") ? List.of(required, invalid, decode) : List.of();
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none(), callees);
    assertThat(text(run(a, "where is the JWT verified?", List.of("jwt"), List.of(verify))))
        .contains(
            "It calls `decode` (src/utils/jwt/jwt.ts:264-279) and throws `JwtAlgorithmRequired`"
                + " (src/utils/jwt/types.ts:13-18), `JwtTokenInvalid` (src/utils/jwt/types.ts:27-32).");
    // Python raises.
    Location send =
        loc("src/requests/adapters.py", 634, 640, "HTTPAdapter.send", "", "raise InvalidURL(e)");
    Location invalidUrl = loc("src/requests/exceptions.py", 118, 119, "InvalidURL", "", "");
    CalleeLookup raising = (place, limit) -> List.of(invalidUrl);
    assertThat(
            text(
                run(
                    new ExtractiveAnswerer(CallerLookup.none(), raising),
                    "how is a request sent?",
                    List.of("send"),
                    List.of(send))))
        .contains("It raises `InvalidURL` (src/requests/exceptions.py:118-119).");
    assertThat(ExtractiveAnswerer.throwsType("raise InvalidURL(url)", "InvalidURL")).isTrue();
    // Constructed and kept, or caught, it is no throw.
    assertThat(ExtractiveAnswerer.throwsType("e = InvalidURL(url)\nraise e", "InvalidURL"))
        .isFalse();
    assertThat(ExtractiveAnswerer.throwsType("throw new Error('x')", "Error")).isTrue();
    assertThat(ExtractiveAnswerer.throwsType("decode(token)", "decode")).isFalse();
  }

  @Test
  void aFunctionSaysWhatItCallsAndAWrapperWhatItsCalleeCalls() {
    Location post = loc("routergroup.go", 110, 113, "RouterGroup.POST", "POST is a shortcut.", "");
    Location handle = loc("routergroup.go", 86, 91, "RouterGroup.handle", "", "");
    Location addRoute = loc("gin.go", 300, 330, "Engine.addRoute", "", "");
    Location combine = loc("routergroup.go", 240, 250, "RouterGroup.combineHandlers", "", "");
    CalleeLookup callees =
        (place, limit) ->
            switch (place.symbol()) {
              case "RouterGroup.POST" -> List.of(handle);
              case "RouterGroup.handle" -> List.of(combine, addRoute);
              case "Engine.addRoute" -> List.of(combine);
              default -> List.of();
            };
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none(), callees);
    assertThat(text(run(a, "how does routing work?", List.of("routing"), List.of(post))))
        .contains(
            "It calls `RouterGroup.handle` (routergroup.go:86-91), which calls"
                + " `RouterGroup.combineHandlers` (routergroup.go:240-250), `Engine.addRoute`"
                + " (gin.go:300-330).");
    // A place named as called is not listed again among the related ones.
    assertThat(text(run(a, "how does routing work?", List.of("routing"), List.of(post, addRoute))))
        .doesNotContain("Related:");
    // A longer function is no wrapper: only its own calls are named.
    assertThat(text(run(a, "how are routes added?", List.of("route", "add"), List.of(addRoute))))
        .contains("It calls `RouterGroup.combineHandlers` (routergroup.go:240-250).")
        .doesNotContain("which calls");
    // A test is not explained by what it calls, and is called a test.
    Location test = loc("routes_test.go", 1, 5, "RouterGroup.POST", "", "");
    assertThat(text(run(a, "how does routing work?", List.of("routing"), List.of(test))))
        .startsWith("The most relevant test is the function `RouterGroup.POST`")
        .doesNotContain("It calls");
  }

  @Test
  void aOneLetterNameIsFoundWhereAPlaceIsNamedSo() {
    Location g =
        new Location(
            "src/flask/globals.py",
            47,
            49,
            "g",
            "variable",
            "g: _AppCtxGlobalsProxy = LocalProxy(",
            "",
            0.1,
            "g: _AppCtxGlobalsProxy = LocalProxy(\n    _cv_app, \"g\"\n)\n");
    String found =
        text(
            run(
                new ExtractiveAnswerer((s, l) -> List.of()),
                "what is g?",
                List.of("g"),
                List.of(g)));
    assertThat(found)
        .startsWith(
            "The most relevant code is the top-level name `g` (src/flask/globals.py:47-49).")
        .contains("It is declared as `g: _AppCtxGlobalsProxy = LocalProxy(`");
    // A place that is not named so does not answer it.
    Location other = loc("src/flask/ctx.py", 1, 9, "AppContext", "", "class AppContext: g = 1");
    String missing =
        text(
            run(
                new ExtractiveAnswerer((s, l) -> List.of()),
                "what is g?",
                List.of("g"),
                List.of(other)));
    assertThat(missing).startsWith("I could not find code about");
  }

  @Test
  void namesTheTopSymbolWithCitationDocAndCallers() {
    Location retry =
        loc(
            "src/upload/UploadClient.java",
            120,
            164,
            "UploadClient.retryUpload",
            "Retries a failed chunk upload with exponential backoff. Gives up after five tries.",
            "void retryUpload() { backoff(); }");
    Location other =
        loc(
            "src/upload/Backoff.java",
            10,
            30,
            "Backoff.next",
            "Computes the next delay.",
            "long next()");
    CallerLookup callers =
        (symbol, limit) ->
            symbol.equals("UploadClient.retryUpload")
                ? List.of(
                    loc("src/test/java/UploadClientTest.java", 5, 9, "t1", "", "retryUpload();"),
                    loc("src/test/java/UploadClientTest.java", 12, 19, "t2", "", "retryUpload();"),
                    loc("src/test/java/RetryIT.java", 5, 9, "it", "", "retryUpload();"),
                    loc("src/upload/Worker.java", 40, 55, "Worker.run", "", "retryUpload();"),
                    loc("src/upload/__init__.py", 1, 3, "", "", "from .client import retry"),
                    // The second window of the same long method: named once, over both.
                    loc("src/upload/Worker.java", 56, 80, "Worker.run", "", "retryUpload();"))
                : List.of();
    List<AnswerEvent> events =
        run(
            new ExtractiveAnswerer(callers),
            "where are uploads retried?",
            List.of("upload", "retry"),
            List.of(retry, other));
    assertThat(events.get(0)).isInstanceOf(AnswerEvent.Sources.class);
    String answer = text(events);
    assertThat(answer)
        .contains("`UploadClient.retryUpload`")
        .contains("src/upload/UploadClient.java:120-164")
        .contains("Retries a failed chunk upload with exponential backoff.")
        .doesNotContain("Gives up after five tries")
        .contains("It is called from `Worker.run` (src/upload/Worker.java:40-80).")
        // A method is not imported by itself: the import names something else of that name.
        .doesNotContain("top level")
        // Tests come apart, once per file, after the code that calls it.
        .contains(
            "Tests that use it: src/test/java/UploadClientTest.java, src/test/java/RetryIT.java.")
        .doesNotContain("`t1`")
        .contains("`Backoff.next` (src/upload/Backoff.java:10-30): Computes the next delay.");
    AnswerEvent last = events.get(events.size() - 1);
    assertThat(last).isInstanceOf(AnswerEvent.Done.class);
    assertThat(((AnswerEvent.Done) last).text()).isEqualTo(answer);
    assertThat(events.stream().filter(e -> e instanceof AnswerEvent.Done)).hasSize(1);
  }

  @Test
  void relatedPlacesHoldAtMostTwoTestsUnlessTheTopPlaceIsATest() {
    Location code = loc("src/session.py", 1, 9, "sign", "", "");
    List<Location> places = new ArrayList<>(List.of(code));
    for (int i = 0; i < 4; i++) {
      places.add(loc("tests/test_s" + i + ".py", 1, 5, "test_" + i, "", ""));
    }
    places.add(loc("src/cookie.py", 1, 5, "dump", "", ""));
    places.add(loc("src/app.py", 1, 5, "save", "", ""));
    assertThat(ExtractiveAnswerer.related(places))
        .extracting(Location::path)
        .containsExactly("tests/test_s0.py", "tests/test_s1.py", "src/cookie.py", "src/app.py");
    // When a test leads, the question was about tests: they are not held back.
    List<Location> testFirst = new ArrayList<>(places.subList(1, places.size()));
    assertThat(ExtractiveAnswerer.related(testFirst))
        .extracting(Location::path)
        .containsExactly(
            "tests/test_s1.py",
            "tests/test_s2.py",
            "tests/test_s3.py",
            "src/cookie.py",
            "src/app.py");
  }

  @Test
  void anotherPieceOfADefinitionAlreadyShownIsNotRelated() {
    List<Location> places =
        List.of(
            loc("src/timed.py", 64, 158, "TimestampSigner.unsign", "", ""),
            loc("src/timed.py", 56, 62, "TimestampSigner.unsign", "", "@t.overload"),
            loc("src/exc.py", 60, 63, "SignatureExpired", "", ""),
            loc("src/exc.py", 70, 75, "SignatureExpired", "", ""),
            loc("src/signer.py", 244, 256, "Signer.unsign", "", ""));
    assertThat(ExtractiveAnswerer.related(places))
        .extracting(Location::citation)
        .containsExactly("src/exc.py:60-63", "src/signer.py:244-256");
  }

  @Test
  void wordsAboutCodeInGeneralAreNoEvidenceForOrAgainstAPlace() {
    Location adapter =
        loc(
            "lib/adapters/adapters.js",
            28,
            79,
            "getAdapter",
            "",
            "getAdapter: (adapters) => { adapters = Array.isArray(adapters) ? adapters : [adapters];");
    java.util.function.Function<Location, String> answer =
        place ->
            text(
                run(
                    new ExtractiveAnswerer(CallerLookup.none()),
                    "what adapter is used in node?",
                    List.of("adapter", "used", "node"),
                    List.of(place)));
    // "used" says nothing about adapters or node: the place holding "adapter" answers half of it.
    assertThat(answer.apply(adapter))
        .startsWith("The most relevant code is the function `getAdapter`");
    // A place that holds only the generic word does not answer it.
    assertThat(answer.apply(loc("lib/x.js", 1, 5, "helper", "", "// used by everything")))
        .startsWith("I could not find code about");
  }

  @Test
  void theOpeningNamesWhatKindOfPlaceItIs() {
    assertThat(ExtractiveAnswerer.roleNoun(loc("src/app.py", 1, 2, "run", "", "")))
        .isEqualTo("code");
    assertThat(ExtractiveAnswerer.roleNoun(loc("tests/test_app.py", 1, 2, "test_run", "", "")))
        .isEqualTo("test");
    assertThat(ExtractiveAnswerer.roleNoun(loc("index.d.ts", 1, 2, "Options", "", "")))
        .isEqualTo("declaration");
    // Code in a samples or examples folder shows how to use the product: an example.
    assertThat(
            ExtractiveAnswerer.roleNoun(
                loc("samples/tlssurvey/src/main/kotlin/Clients.kt", 1, 2, "systemDefault", "", "")))
        .isEqualTo("example");
    assertThat(
            ExtractiveAnswerer.roleNoun(
                new Location("docs/api.md", 1, 9, "API", "section", "", "", 1.0, "# API")))
        .isEqualTo("documentation");
  }

  @Test
  void theProductsOwnCallersComeBeforeExamplesAndAFunctionsImportsAreListed() {
    Location echo = loc("src/click/utils.py", 252, 346, "echo", "Print a message.", "def echo()");
    CallerLookup callers =
        (symbol, limit) ->
            List.of(
                loc("examples/aliases/aliases.py", 101, 104, "push", "", "click.echo('push')"),
                loc("src/click/termui.py", 40, 60, "secho", "", "return echo(message)"),
                loc("src/click/__init__.py", 1, 30, "", "", "from .utils import echo"));
    String answer =
        text(
            run(
                new ExtractiveAnswerer(callers),
                "how does echo print?",
                List.of("echo", "print"),
                List.of(echo)));
    assertThat(answer)
        .contains(
            "It is called from `secho` (src/click/termui.py:40-60), `push`"
                + " (examples/aliases/aliases.py:101-104).")
        .contains("It is also imported or used at the top level of src/click/__init__.py:1-30.");
  }

  @Test
  void callersPastTheFirstFewAreCountedNotDropped() {
    Location peek = loc("src/JsonReader.java", 541, 579, "JsonReader.peek", "", "int peek()");
    List<Location> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      many.add(loc("src/Adapter" + i + ".java", 10, 20, "Adapter" + i + ".read", "", "in.peek()"));
    }
    String answer =
        text(
            run(
                new ExtractiveAnswerer((symbol, limit) -> many),
                "how does JsonReader.peek work?",
                List.of("peek"),
                List.of(peek)));
    assertThat(answer)
        .contains(
            "It is called from `Adapter1.read` (src/Adapter1.java:10-20), `Adapter2.read`"
                + " (src/Adapter2.java:10-20), `Adapter3.read` (src/Adapter3.java:10-20),"
                + " `Adapter4.read` (src/Adapter4.java:10-20) and 3 more.");
    // Asked for the callers, the answer lists them all.
    String asked =
        text(
            run(
                new ExtractiveAnswerer((symbol, limit) -> many),
                "what calls JsonReader.peek?",
                List.of("peek"),
                List.of(peek)));
    assertThat(asked)
        .contains("It is called from 7 places, listed below.")
        .contains("\n\nCallers:\n- `Adapter1.read` (src/Adapter1.java:10-20)")
        .contains("- `Adapter7.read` (src/Adapter7.java:10-20)")
        .doesNotContain("and 3 more");
  }

  @Test
  void aTypeIsUsedByItsCallersNotCalledFromThem() {
    Location engine =
        new Location("gin.go", 90, 189, "Engine", "type", "type Engine struct", "", 0, "");
    CallerLookup users =
        (symbol, limit) ->
            List.of(loc("ginS/gins.go", 19, 22, "LoadHTMLGlob", "", "engine().LoadHTMLGlob(p)"));
    String answer =
        text(
            run(
                new ExtractiveAnswerer(users),
                "where is the Engine struct defined?",
                List.of("Engine", "struct"),
                List.of(engine)));
    assertThat(answer)
        .contains("It is used by `LoadHTMLGlob` (ginS/gins.go:19-22).")
        .doesNotContain("called from");
    String listed =
        text(
            run(
                new ExtractiveAnswerer(users),
                "what uses Engine?",
                List.of("Engine"),
                List.of(engine)));
    assertThat(listed)
        .contains("It is used by one place, listed below.")
        .contains("\n\nUsed by:\n- `LoadHTMLGlob`");
  }

  @Test
  void aQuestionForAValueQuotesTheLineThatSetsIt() {
    Location defaults =
        new Location(
            "lib/defaults/index.js",
            128,
            136,
            "",
            "window",
            "",
            "",
            1.0,
            "  /**\n   * A timeout in milliseconds. If set to 0 (default) there is none.\n   */\n"
                + "  timeout: 0,\n  xsrfCookieName: 'XSRF-TOKEN',\n");
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none());
    List<String> asked = List.of("default", "timeout");
    assertThat(text(run(a, "what is the default timeout?", asked, List.of(defaults))))
        .startsWith("The most relevant code is in lib/defaults/index.js:128-136.")
        .contains("The value is set at lib/defaults/index.js:131: `timeout: 0,`.");
    // A question about behaviour is not answered with a value.
    assertThat(text(run(a, "how is the default timeout enforced?", asked, List.of(defaults))))
        .doesNotContain("The value is set");
  }

  @Test
  void aQuotedMessageIsShownWhereTheCodeSaysIt() {
    Location codec =
        new Location(
            "okhttp/Http1ExchangeCodec.kt",
            204,
            254,
            "Http1ExchangeCodec.readResponseHeaders",
            "function",
            "override fun readResponseHeaders()",
            "",
            1.0,
            "override fun readResponseHeaders() {\n  try {\n    read()\n  } catch (e: EOFException) {\n"
                + "    throw IOException(\"Unexpected end of stream on $address\", e)\n  }\n}\n");
    assertThat(
            ExtractiveAnswerer.messageLine(
                "why do I get \"unexpected end of stream\"?", List.of(codec), PlaceText.snippets()))
        .hasValue(
            " The message is at okhttp/Http1ExchangeCodec.kt:208:"
                + " `throw IOException(\"Unexpected end of stream on $address\", e)`.");
    assertThat(
            ExtractiveAnswerer.messageLine(
                "why do I get an unexpected end?", List.of(codec), PlaceText.snippets()))
        .isEmpty();
    // The line may lie past the snippet: the place is read whole.
    Location cut =
        new Location(
            "okhttp/Http1ExchangeCodec.kt", 204, 254, "f", "function", "", "", 1.0, "fun f() {\n");
    String file = "x\n".repeat(250) + "  throw ProtocolException(\"unexpected end of stream\")\n";
    assertThat(
            ExtractiveAnswerer.messageLine(
                "why \"unexpected end of stream\"?",
                List.of(cut),
                place -> PlaceText.lines(file, place.startLine(), place.endLine())))
        .hasValue(
            " The message is at okhttp/Http1ExchangeCodec.kt:251:"
                + " `throw ProtocolException(\"unexpected end of stream\")`.");
  }

  @Test
  void saysHonestlyWhenNothingMatches() {
    Location unrelated =
        loc(
            "src/math/Matrix.java",
            1,
            20,
            "Matrix.multiply",
            "Multiplies matrices.",
            "double[][] multiply()");
    String answer =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "how does the login flow work?",
                List.of("login", "flow", "work"),
                List.of(unrelated)));
    assertThat(answer)
        .startsWith("I could not find code about \"how does the login flow work?\"")
        .contains("I searched for: login, flow, work.")
        .contains("may not be related")
        .contains("src/math/Matrix.java:1-20");
    String none =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "where is the cache?",
                List.of("cache"),
                List.of()));
    assertThat(none)
        .contains("I could not find code about")
        .contains("I searched for: cache.")
        .doesNotContain("closest matches");
  }

  @Test
  void theFormsCodeWritesAWordInCountAsTheWordAndAreSaidToBeSearched() {
    Location cleanup =
        loc(
            "src/storage/tmp.py",
            3,
            9,
            "remove_tmp_dir",
            "",
            "def remove_tmp_dir(path): shutil.rmtree(path)");
    List<String> terms = List.of("temporary", "directory");
    // Neither word is in the place as asked; with "tmp" for "temporary" it covers half the
    // question.
    String plain =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "how is the temporary directory removed?",
                new QuestionWords(terms, List.of(), List.of()),
                List.of(cleanup)));
    String withForms =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "how is the temporary directory removed?",
                new QuestionWords(
                    terms, List.of(), List.of(), java.util.Map.of("temporary", List.of("tmp"))),
                List.of(cleanup)));
    assertThat(withForms)
        .doesNotContain("could not find")
        .contains("`remove_tmp_dir` (src/storage/tmp.py:3-9)");

    Location unrelated =
        loc("src/math/Matrix.java", 1, 20, "Matrix.multiply", "", "double[][] multiply()");
    String missing =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "how is the temporary directory removed?",
                new QuestionWords(
                    terms,
                    List.of(),
                    List.of(),
                    java.util.Map.of("temporary", List.of("tmp", "temp"))),
                List.of(unrelated)));
    assertThat(missing).contains("I searched for: temporary (or tmp, temp), directory.");
    assertThat(plain).contains("I could not find code about");
  }

  @Test
  void saysWhichWordsOfTheQuestionTheCodebaseNeverMentions() {
    Location upload =
        loc("src/upload.py", 1, 30, "upload", "Uploads a file in chunks.", "def upload(f):");
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none());
    // A plain word: the places still answer the rest of the question, and the gap is a fact.
    String word =
        text(
            run(
                a,
                "where are uploads throttled?",
                List.of("upload", "throttle"),
                List.of("throttle"),
                List.of(upload)));
    assertThat(word)
        .startsWith("The most relevant code is the function `upload` (src/upload.py:1-30).")
        .endsWith("No file in this codebase contains the word \u201cthrottle\u201d.");
    // A word found nowhere does not count against the places found for the rest: "cache" of
    // "cache", "time" is here (one in two, not one in three).
    Location cache =
        loc(
            "src/cache.js",
            63,
            84,
            "resolveCacheSeconds",
            "Resolves the cache seconds.",
            "function resolveCacheSeconds()");
    String decided =
        text(
            run(
                a,
                "how is the cache time decided?",
                List.of("cache", "time", "decided"),
                List.of("decided"),
                List.of(cache)));
    assertThat(decided)
        .startsWith("The most relevant code is the function `resolveCacheSeconds`")
        .endsWith("No file in this codebase contains the word \u201cdecided\u201d.");
    // Every word found nowhere: nothing was found.
    assertThat(
            text(
                run(
                    a,
                    "where is the frobnicator?",
                    List.of("frobnicator"),
                    List.of("frobnicator"),
                    List.of(cache))))
        .startsWith("I could not find code about");
    // A name the user typed that exists nowhere: the thing asked about is not in this code.
    String name =
        text(
            run(
                a,
                "how is uploadWithRetry called?",
                List.of("uploadWithRetry", "upload", "retry", "call"),
                List.of("uploadWithRetry"),
                List.of(upload)));
    assertThat(name)
        .startsWith("I could not find code about \"how is uploadWithRetry called?\"")
        .contains("No file in this codebase mentions \u201cuploadWithRetry\u201d.")
        .contains("may not be related")
        .doesNotContain("The most relevant code");
    assertThat(ExtractiveAnswerer.quoted(List.of("a", "b", "c")))
        .isEqualTo("\u201ca\u201d, \u201cb\u201d or \u201cc\u201d");
  }

  @Test
  void saysWhereAWordIsThatNoneOfThePlacesMention() {
    Location upload =
        loc("src/upload.py", 1, 30, "upload", "Uploads a file in chunks.", "def upload(f):");
    Location form = loc("src/forms.py", 5, 12, "FileField", "", "class FileField:");
    Location head = loc("src/views.py", 170, 191, "View.dispatch", "", "# retry with GET");
    ExtractiveAnswerer a = new ExtractiveAnswerer(CallerLookup.none());
    String once =
        text(
            run(
                a,
                "where are uploads retried?",
                new QuestionWords(
                    List.of("upload", "retry"),
                    List.of(),
                    List.of(new UnmatchedWord("retry", 1, List.of(head), List.of()))),
                List.of(upload, form)));
    assertThat(once)
        .startsWith("The most relevant code is the function `upload` (src/upload.py:1-30).")
        .endsWith(
            "None of the places above mentions \u201cretry\u201d; it occurs only in"
                + " `View.dispatch` (src/views.py:170-191).");
    String many =
        text(
            run(
                a,
                "where are uploads retried?",
                new QuestionWords(
                    List.of("upload", "retry"),
                    List.of(),
                    List.of(new UnmatchedWord("retry", 7, List.of(head, form), List.of()))),
                List.of(upload)));
    assertThat(many)
        .endsWith(
            "The place above does not mention \u201cretry\u201d; it occurs in 7 files, for"
                + " example in `View.dispatch` (src/views.py:170-191) and `FileField`"
                + " (src/forms.py:5-12).");
    // A later location holds the word: said only when the answer does not show that location.
    UnmatchedWord inSecond = new UnmatchedWord("retry", 1, List.of(form), List.of(1));
    String shown =
        text(
            run(
                a,
                "where are uploads retried?",
                new QuestionWords(List.of("upload", "retry"), List.of(), List.of(inSecond)),
                List.of(upload, form)));
    assertThat(shown).doesNotContain("retry").contains("`FileField` (src/forms.py:5-12)");
    String hidden =
        text(
            run(
                a,
                "where are uploads retried?",
                new QuestionWords(List.of("upload", "retry"), List.of(), List.of(inSecond)),
                List.of(upload)));
    assertThat(hidden).contains("does not mention \u201cretry\u201d");
  }

  @Test
  void documentationIsCalledDocumentationAndNamedByItsHeading() {
    Location page =
        new Location(
            "docs/uploads.rst",
            1,
            48,
            "",
            "window",
            "",
            "",
            1,
            "Uploading Files\n===============\n\nHow uploads work.");
    Location middle =
        new Location(
            "docs/quickstart.rst", 555, 601, "", "window", "", "", 1, "saved to the upload folder");
    String answer =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "how do uploads work?",
                List.of("upload"),
                List.of(page, middle)));
    assertThat(answer)
        .startsWith(
            "The most relevant documentation is in docs/uploads.rst:1-48, under"
                + " \u201cUploading Files\u201d.")
        .contains("\n- docs/quickstart.rst:555-601\n");
  }

  @Test
  void configurationIsCalledConfiguration() {
    Location workflow =
        new Location(
            ".github/workflows/run-tests.yml", 1, 55, "", "window", "", "", 1, "run: make test");
    String answer =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "how do I run the tests?",
                List.of("run", "test"),
                List.of(workflow)));
    assertThat(answer)
        .startsWith("The most relevant configuration is in .github/workflows/run-tests.yml:1-55.");
  }

  @Test
  void topLevelCodeIsDescribedByTheNamesItDefines() {
    List<String> signals = new ArrayList<>(List.of("_signals"));
    for (int i = 1; i <= 8; i++) {
      signals.add("signal_" + i);
    }
    Location module =
        new Location(
            "src/flask/signals.py",
            1,
            17,
            "",
            "module",
            "",
            "",
            1,
            "_signals = Namespace()",
            signals);
    Location constants =
        new Location(
            "src/constant.js",
            1,
            3,
            "",
            "module",
            "",
            "",
            0.5,
            "export const MS = 1",
            List.of("MS", "S"));
    String answer =
        text(
            run(
                new ExtractiveAnswerer(CallerLookup.none()),
                "what signals does flask send?",
                List.of("signal", "flask", "send"),
                List.of(module, constants)));
    // Public names first and by count past six; a private one only when there is nothing else.
    assertThat(answer)
        .startsWith(
            "The most relevant code is in src/flask/signals.py:1-17, which defines `signal_1`,"
                + " `signal_2`, `signal_3`, `signal_4`, `signal_5`, `signal_6` and 2 more.")
        .contains("\n- src/constant.js:1-3: defines `MS` and `S`\n");
    assertThat(ExtractiveAnswerer.boundNames(List.of("_private"), 3)).isEqualTo("`_private`");
  }
}
