package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class BindingTest {
  private static StoredChunk module(String path, int start, String text, String... names) {
    return new StoredChunk(
        0,
        path,
        "python",
        "MODULE",
        start,
        start + (int) text.lines().count() - 1,
        "",
        "",
        "",
        "",
        text,
        List.of(names));
  }

  @Test
  void aBindingSpansItsStatementUntilItsBracketsClose() {
    StoredChunk c =
        module(
            "src/flask/globals.py",
            40,
            "_no_app_msg = \"\"\"Working outside.\"\"\"\n"
                + "current_app: FlaskProxy = LocalProxy(  # type: ignore[assignment]\n"
                + "    _cv_app, \"app\", unbound_message=_no_app_msg\n"
                + ")\n"
                + "g: _AppCtxGlobalsProxy = LocalProxy(_cv_app, \"g\")\n",
            "_no_app_msg",
            "current_app",
            "g");
    Location app = Binding.of(c, "current_app", 0.5).orElseThrow();
    assertThat(app.citation()).isEqualTo("src/flask/globals.py:41-43");
    assertThat(app.symbol()).isEqualTo("current_app");
    assertThat(app.kind()).isEqualTo("variable");
    assertThat(app.signature()).isEqualTo("current_app: FlaskProxy = LocalProxy(");
    assertThat(app.score()).isEqualTo(0.5);
    // `g` is not the g inside "unbound_message" or a string; it is its own line.
    assertThat(Binding.of(c, "g", 1).orElseThrow().citation()).isEqualTo("src/flask/globals.py:44");
    assertThat(Binding.of(c, "request", 1)).isEmpty();
  }

  @Test
  void javascriptDeclarationsAndGoSpecsWithSeveralNames() {
    StoredChunk js = module("src/index.js", 1, "let L = 'en'\nexport const Ls = {}\n", "L", "Ls");
    assertThat(Binding.of(js, "Ls", 1).orElseThrow().citation()).isEqualTo("src/index.js:2");
    assertThat(Binding.of(js, "L", 1).orElseThrow().citation()).isEqualTo("src/index.js:1");
    StoredChunk cjs =
        module(
            "lib/express.js",
            70,
            "exports.json = bodyParser.json\n"
                + "// the static middleware\n"
                + "module.exports.static = require('serve-static');\n",
            "json",
            "static");
    Location serve = Binding.of(cjs, "static", 1).orElseThrow();
    assertThat(serve.citation()).isEqualTo("lib/express.js:72");
    assertThat(serve.signature()).isEqualTo("module.exports.static = require('serve-static');");
    assertThat(serve.doc()).isEqualTo("the static middleware");
    StoredChunk go =
        module(
            "cobra.go",
            10,
            "var (\n  initializers, finalizers []func()\n  EnablePrefixMatching = false\n)\n",
            "initializers",
            "finalizers",
            "EnablePrefixMatching");
    assertThat(Binding.of(go, "finalizers", 1).orElseThrow().citation()).isEqualTo("cobra.go:11");
    assertThat(Binding.of(go, "EnablePrefixMatching", 1).orElseThrow().signature())
        .isEqualTo("EnablePrefixMatching = false");
  }

  @Test
  void theCommentAboveABindingIsItsDocumentation() {
    StoredChunk go =
        module(
            "cobra.go",
            50,
            "// EnablePrefixMatching allows setting automatic prefix matching.\n"
                + "// Automatic prefix matching can be a dangerous thing.\n"
                + "var EnablePrefixMatching = defaultPrefixMatching\n"
                + "\n"
                + "var EnableCommandSorting = true\n",
            "EnablePrefixMatching",
            "EnableCommandSorting");
    assertThat(Binding.of(go, "EnablePrefixMatching", 1).orElseThrow().doc())
        .isEqualTo(
            "EnablePrefixMatching allows setting automatic prefix matching. Automatic prefix"
                + " matching can be a dangerous thing.");
    assertThat(Binding.of(go, "EnableCommandSorting", 1).orElseThrow().doc()).isEmpty();
    StoredChunk js =
        module(
            "src/c.js", 1, "/**\n * Milliseconds in a second.\n */\nexport const MS = 1e3\n", "MS");
    assertThat(Binding.of(js, "MS", 1).orElseThrow().doc()).isEqualTo("Milliseconds in a second.");
  }

  @Test
  void aCommentAtTheEndGoesButAHashInsideAStringStays() {
    assertThat(Binding.withoutComment("x = f(  # type: ignore")).isEqualTo("x = f(");
    assertThat(Binding.withoutComment("const a = 1 // the answer")).isEqualTo("const a = 1");
    assertThat(Binding.withoutComment("color = \"a # b\"")).isEqualTo("color = \"a # b\"");
  }
}
