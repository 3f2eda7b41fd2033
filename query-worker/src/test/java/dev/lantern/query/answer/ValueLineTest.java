package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueLineTest {
  private static Location place(String path, int start, String symbol, String snippet) {
    int end = start + (int) snippet.lines().count() - 1;
    return new Location(path, start, end, symbol, "function", "", "", 1.0, snippet);
  }

  /** Places read by their snippets only. */
  private static java.util.Optional<ValueLine.Found> find(
      List<Location> places, List<List<String>> keys) {
    return ValueLine.find(places, keys, PlaceText.snippets());
  }

  private static List<List<String>> keys(String... words) {
    return java.util.Arrays.stream(words).map(List::of).toList();
  }

  @Test
  void questionsForAValueAreToldFromQuestionsAboutBehaviour() {
    assertThat(ValueLine.asks("what is the default timeout?")).isTrue();
    assertThat(ValueLine.asks("What's the max number of redirects?")).isTrue();
    assertThat(ValueLine.asks("how many retries are made?")).isTrue();
    assertThat(ValueLine.asks("which port does gin listen on by default?")).isTrue();
    assertThat(ValueLine.asks("how are timeouts enforced?")).isFalse();
    assertThat(ValueLine.asks("what does the default adapter do?")).isFalse();
    assertThat(ValueLine.asks("what is the default timeout?\nin the client")).isFalse();
  }

  @Test
  void theLineSettingALiteralThatHoldsTheQuestionsWordsIsFound() {
    Location defaults =
        place(
            "lib/defaults/index.js",
            128,
            "",
            "  /**\n"
                + "   * A timeout in milliseconds to abort a request. If set to 0 (default) a\n"
                + "   * timeout is not created.\n"
                + "   */\n"
                + "  timeout: 0,\n"
                + "\n"
                + "  xsrfCookieName: 'XSRF-TOKEN',\n");
    ValueLine.Found found = find(List.of(defaults), keys("defaul", "timeou")).orElseThrow();
    assertThat(found.line()).isEqualTo(132);
    assertThat(found.text()).isEqualTo("timeout: 0,");
    // A return of a literal counts, with the message just above it.
    Location resolve =
        place(
            "utils.go",
            147,
            "resolveAddress",
            "func resolveAddress(addr []string) string {\n"
                + "\tif port := os.Getenv(\"PORT\"); port != \"\" {\n"
                + "\t\treturn \":\" + port\n"
                + "\t}\n"
                + "\tdebugPrint(\"Environment variable PORT is undefined. Using port :8080 by"
                + " default\")\n"
                + "\treturn \":8080\"\n"
                + "}\n");
    assertThat(find(List.of(resolve), keys("defaul", "port")).orElseThrow().text())
        .isEqualTo("return \":8080\"");
  }

  @Test
  void comparisonsCallsAndLinesWithoutTheWordsAreNoValue() {
    Location code =
        place(
            "src/retry.py",
            1,
            "retry",
            "def retry(n):\n"
                + "    if n == 3:\n"
                + "        log(\"retrying\")\n"
                + "    size = 10\n"
                + "    return fetch(n)\n");
    assertThat(find(List.of(code), keys("retri", "limit"))).isEmpty();
    // The typed constant is found, and a later place may hold it.
    Location constants =
        place("src/models.py", 100, "", "REDIRECT_NOTE = 1\nDEFAULT_REDIRECT_LIMIT: int = 30\n");
    ValueLine.Found limit = find(List.of(code, constants), keys("redirect", "limit")).orElseThrow();
    assertThat(limit.line()).isEqualTo(101);
    assertThat(limit.place()).isSameAs(constants);
    // What is set must be named by the question: a counter reset beside the word "redirects",
    // or a salt in a class about cookies, is not the redirect limit or the cookie name.
    Location reset =
        place(
            "src/requests/auth.py",
            268,
            "HTTPDigestAuth.handle_redirect",
            "def handle_redirect(self, r, **kwargs):\n"
                + "    \"\"\"Reset num_401_calls counter on redirects.\"\"\"\n"
                + "    if r.is_redirect:\n"
                + "        self._thread_local.num_401_calls = 1\n");
    assertThat(find(List.of(reset), keys("max", "num", "redirect"))).isEmpty();
    Location salt =
        place(
            "src/flask/sessions.py",
            290,
            "",
            "    #: the cookie session\n    salt = \"cookie-session\"\n");
    assertThat(find(List.of(salt), keys("defaul", "session", "cookie", "name"))).isEmpty();
    // None is no value: the parameter is given one later.
    Location init =
        place("src/signer.py", 135, "Signer.__init__", "    digest_method: t.Any | None = None,\n");
    assertThat(find(List.of(init), keys("defaul", "digest", "method"))).isEmpty();
    // A doctest or a comment shows a use, not the setting.
    Location doc =
        place(
            "xarray/core/dataset.py",
            3480,
            "Dataset.reindex",
            "        >>> x.reindex({\"station\": new_index}, fill_value=0)\n"
                + "        # fill_value = 0\n");
    assertThat(find(List.of(doc), keys("defaul", "fill", "value"))).isEmpty();
    // A test's own setting is not the product's value.
    Location test = place("tests/test_requests.py", 262, "test_max", "s.max_redirects = 5\n");
    assertThat(find(List.of(test), keys("max", "redirect"))).isEmpty();
    // A keyword argument sets its own name, not what the call's other arguments say.
    Location call =
        place(
            "src/_pytest/legacypath.py",
            426,
            "pytest_load_initial_conftests",
            "    mp.setattr(Config, \"rootdir\", property(Config_rootdir), raising=False)\n");
    assertThat(find(List.of(call), keys("defaul", "rootdir"))).isEmpty();
    Location kwarg = place("src/client.py", 7, "connect", "    open(url, timeout=30)\n");
    assertThat(find(List.of(kwarg), keys("defaul", "timeout")).orElseThrow().line()).isEqualTo(7);
  }

  @Test
  void whenTheFoundPlacesHoldNoValueTheFirstPlacesFileIsRead() {
    Location method =
        place(
            "okhttp/OkHttpClient.kt",
            1144,
            "OkHttpClient.Builder.connectTimeout",
            "fun connectTimeout(timeout: Long, unit: TimeUnit) = apply {\n"
                + "  connectTimeout = checkDuration(\"timeout\", timeout, unit)\n}\n");
    String file =
        "class Builder {\n".repeat(1)
            + "  internal var callTimeout = 0\n"
            + "  internal var connectTimeout = 10_000\n"
            + "  internal var readTimeout = 10_000\n"
            + "  fun port(): Int {\n    // the default connect port\n    return 80\n  }\n";
    PlaceText reader = place -> PlaceText.lines(file, place.startLine(), place.endLine());
    ValueLine.Found found =
        ValueLine.find(List.of(method), keys("defaul", "connect", "timeou"), reader).orElseThrow();
    assertThat(found.line()).isEqualTo(3);
    assertThat(found.text()).isEqualTo("internal var connectTimeout = 10_000");
    assertThat(found.place().path()).isEqualTo("okhttp/OkHttpClient.kt");
    // Only the snippets: nothing is claimed.
    assertThat(find(List.of(method), keys("defaul", "connect", "timeou"))).isEmpty();
  }

  @Test
  void theLineMustNameWhatTheValueIsOfNotJustThatItIsADefault() {
    Location signer =
        place(
            "src/itsdangerous/signer.py",
            120,
            "Signer",
            "    default_digest_method: t.Any = staticmethod(_lazy_sha1)\n"
                + "    default_key_derivation: str = \"django-concat\"\n");
    assertThat(find(List.of(signer), keys("defaul", "digest"))).isEmpty();
    // A literal returned where nothing above says it is a default is no default.
    Location pool =
        place(
            "okhttp/RealConnectionPool.kt",
            270,
            "RealConnectionPool.closeConnections",
            "    // no idle connection in the pool\n    return -1\n");
    assertThat(find(List.of(pool), keys("idle", "connect", "pool"))).isEmpty();
  }
}
