package dev.lantern.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocTextTest {
  @Test
  void commentMarkersAreStrippedAndLinesKept() {
    assertThat(DocText.clean("/**\n * Parses a date.\n *\n * @param s text\n */"))
        .isEqualTo("Parses a date.\n\n@param s text");
    assertThat(DocText.clean("\"\"\"Retry an upload.\"\"\"")).isEqualTo("Retry an upload.");
    assertThat(DocText.clean("// Keeps\n// cookies.")).isEqualTo("Keeps\ncookies.");
  }

  @Test
  void toolDirectivesAreNotDocumentation() {
    assertThat(DocText.clean("// eslint-disable-next-line class-methods-use-this")).isEmpty();
    assertThat(DocText.clean("/* istanbul ignore next */")).isEmpty();
    assertThat(DocText.clean("// @ts-ignore\n// Formats the locale."))
        .isEqualTo("Formats the locale.");
    assertThat(DocText.clean("# noqa: E501\n# pylint: disable=too-many-args")).isEmpty();
    // A sentence that merely mentions a tool stays.
    assertThat(DocText.clean("// Runs eslint over the sources."))
        .isEqualTo("Runs eslint over the sources.");
  }
}
