package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverrideTextTest {
  @Test
  void aMethodLeftToSubclassesIsToldFromOneWithABody() {
    assertThat(
            OverrideText.abstractMethod(
                "    def save_session(\n        self, app, session, response\n    ) -> None:\n"
                    + "        \"\"\"This is called at the end of each request, after\n"
                    + "        generating a response.\n        \"\"\"\n"
                    + "        raise NotImplementedError()\n"))
        .isTrue();
    assertThat(OverrideText.abstractMethod("def close(self):\n    \"\"\"Close.\"\"\"\n    pass\n"))
        .isTrue();
    assertThat(OverrideText.abstractMethod("  public abstract T read(JsonReader in);\n")).isTrue();
    assertThat(
            OverrideText.abstractMethod(
                "  /**\n   * Writes one JSON value for {@code value}.\n   *\n"
                    + "   * @param value the Java object to write.\n   */\n"
                    + "  public abstract void write(JsonWriter out, T value) throws IOException;\n"))
        .isTrue();
    assertThat(
            OverrideText.abstractMethod(
                "  /** Reads {@code x}; an abstract idea. */\n  void read() {\n    x();\n  }\n"))
        .isFalse();
    assertThat(OverrideText.abstractMethod("  void write(JsonWriter out, T value);\n")).isTrue();
    assertThat(
            OverrideText.abstractMethod(
                "  /** Reads a value. */\n  @Throws(IOException::class)\n"
                    + "  fun fromJson(reader: JsonReader, flags: Map<String, Int>): T?\n"))
        .isTrue();
    assertThat(OverrideText.abstractMethod("  fun size(): Int = items.size\n")).isFalse();
    assertThat(OverrideText.abstractMethod("  fun close() {\n    done = true\n  }\n")).isFalse();
    assertThat(
            OverrideText.abstractMethod(
                "def save_session(self, app, session, response):\n"
                    + "    name = self.get_cookie_name(app)\n    pass\n"))
        .isFalse();
    assertThat(OverrideText.abstractMethod("  void write(JsonWriter out) {\n    out.x();\n  }\n"))
        .isFalse();
  }
}
