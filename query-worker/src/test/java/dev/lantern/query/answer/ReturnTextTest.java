package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import org.junit.jupiter.api.Test;

class ReturnTextTest {
  private static Location fn(String path, int start, String signature, String doc, String text) {
    int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
    return new Location(path, start, start + lines - 1, "f", "function", signature, doc, 0, text);
  }

  @Test
  void questionsAboutWhatIsReturned() {
    assertThat(ReturnText.asks("what does Session.send return?")).isTrue();
    assertThat(ReturnText.asks("what is the return value of url_for?")).isTrue();
    assertThat(ReturnText.asks("what is returned by peek?")).isTrue();
    assertThat(ReturnText.asks("how are redirects followed?")).isFalse();
  }

  @Test
  void theDeclaredTypeTheDocAndTheReturnStatements() {
    String text =
        "def send(self, request, **kwargs) -> Response:\n"
            + "    \"\"\"Send a given PreparedRequest.\n\n    :rtype: requests.Response\n    \"\"\"\n"
            + "    # return early? no\n"
            + "    r = adapter.send(request, **kwargs)\n"
            + "    return r";
    Location send =
        fn(
            "src/requests/sessions.py",
            752,
            "def send(self, request, **kwargs) -> Response:",
            "Send a given PreparedRequest.\n\n:rtype: requests.Response",
            text);
    assertThat(ReturnText.of(send, PlaceText.snippets()))
        .isEqualTo(" It returns `Response` (“requests.Response”), at line 759: `return r`.");
  }

  @Test
  void typesAsEachLanguageDeclaresThem() {
    assertThat(
            ReturnText.declared("public JsonToken peek() throws IOException", "a/JsonReader.java"))
        .hasValue("JsonToken");
    assertThat(
            ReturnText.declared(
                "@Override public <T> T fromJson(String json, Class<T> classOfT)", "a/Gson.java"))
        .hasValue("T");
    assertThat(ReturnText.declared("public void close()", "a/Gson.java")).isEmpty();
    assertThat(
            ReturnText.declared(
                "func (c *Context) Query(key string) (value string) {", "context.go"))
        .hasValue("(value string)");
    assertThat(ReturnText.declared("func (c *Context) Next() {", "context.go")).isEmpty();
    assertThat(ReturnText.declared("fun adapter(type: Type): JsonAdapter<T?>", "Moshi.kt"))
        .hasValue("JsonAdapter<T?>");
    assertThat(
            ReturnText.declared(
                "mergeHeaders = (a: KyHeadersInit, b = {}): Headers =>", "merge.ts"))
        .hasValue("Headers");
    assertThat(ReturnText.declared("def url_for(endpoint, **values):", "helpers.py")).isEmpty();
  }

  @Test
  void whatTheDocSaysOfTheValue() {
    assertThat(ReturnText.documented("Peeks.\n@return the next token, never null"))
        .hasValue("the next token, never null");
    assertThat(ReturnText.documented("Does it.\n\n:returns: a fresh copy"))
        .hasValue("a fresh copy");
    assertThat(ReturnText.documented("Reads.\n\nReturns:\n    The parsed value.\n\nRaises:\n    X"))
        .hasValue("The parsed value.");
    assertThat(ReturnText.documented("Reads.\n\nReturns\n-------\nDataArray\n    The result.\n"))
        .hasValue("DataArray The result.");
    assertThat(ReturnText.documented("@returns {Promise<Response>} the response"))
        .hasValue("Promise<Response>: the response");
    assertThat(ReturnText.documented("Nothing about it.")).isEmpty();
  }

  @Test
  void manyReturnsAreSummarisedByTheDeclarationAndNothingKnownSaysNothing() {
    StringBuilder text = new StringBuilder("int pick(int x) {\n");
    for (int i = 0; i < 4; i++) {
      text.append("  if (x == ").append(i).append(") return ").append(i).append(";\n");
    }
    text.append("  return -1;\n}");
    // "if (…) return" lines are not return statements at the start of a line; the last one is.
    assertThat(
            ReturnText.of(
                fn("a/P.java", 1, "int pick(int x)", "", text.toString()), PlaceText.snippets()))
        .isEqualTo(" It returns `int`, at line 6: `return -1;`.");
    assertThat(
            ReturnText.of(
                fn("a.py", 1, "def f():", "", "def f():\n    pass"), PlaceText.snippets()))
        .isEmpty();
    Location type = new Location("a.py", 1, 2, "A", "type", "class A:", "", 0, "class A:\n  pass");
    assertThat(ReturnText.of(type, PlaceText.snippets())).isEmpty();
  }
}
