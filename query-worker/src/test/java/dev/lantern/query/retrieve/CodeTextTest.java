package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeTextTest {
  @Test
  void docstringsCommentsAndStringsAreBlankedAndLinesKept() {
    String python =
        "def after(f):\n"
            + "    \"\"\"Example:\n"
            + "        @app.route(\"/\")\n"
            + "    \"\"\"\n"
            + "    ctx = _cv_request.get(None)  # see setup()\n"
            + "    raise RuntimeError('call push() first')\n";
    String code = CodeText.withoutCommentsAndStrings(python);
    assertThat(code).contains("_cv_request.get(None)", "raise RuntimeError(");
    assertThat(code).doesNotContain("route", "setup", "push");
    assertThat(code.lines().count()).isEqualTo(python.lines().count());
    assertThat(code).hasSameSizeAs(python);
  }

  @Test
  void blockCommentsTemplateLiteralsAndPrivateFields() {
    String js =
        "/* uses helper() */\n"
            + "const url = `${base}/x(y)`; // then go()\n"
            + "this.#count = run(\"a\\\"b(\");\n";
    String code = CodeText.withoutCommentsAndStrings(js);
    assertThat(code).doesNotContain("helper", "go()", "x(y)", "b(");
    assertThat(code).contains("this.#count = run(");
  }

  @Test
  void anUnclosedQuoteEndsWithItsLine() {
    String rust = "fn f<'a>(x: &'a str) {\n    g(x)\n}\n";
    assertThat(CodeText.withoutCommentsAndStrings(rust)).contains("g(x)");
  }
}
