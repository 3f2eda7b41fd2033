package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void sphinxRolesAndLiteralsBecomeCodeNames() {
    assertThat(
            Sentences.first(
                "Used by :func:`send_file` to determine the ``max_age`` cache value for a given"
                    + " file path if it wasn't passed.\n\n    More text.",
                240))
        .isEqualTo(
            "Used by `send_file` to determine the `max_age` cache value for a given file path if"
                + " it wasn't passed.");
    assertThat(Sentences.plain("Returns a :class:`~flask.Response`, see :ref:`the guide <g>`."))
        .isEqualTo("Returns a `Response`, see `the guide`.");
    assertThat(Sentences.plain(":meth:`werkzeug.Request.get_data`"))
        .isEqualTo("`werkzeug.Request.get_data`");
  }

  @Test
  void javadocTagsBecomeCodeNamesAndGenericsSurvive() {
    assertThat(Sentences.plain("Returns a {@code List<String>} of <b>names</b>.<p>More."))
        .isEqualTo("Returns a `List<String>` of names. More.");
    assertThat(Sentences.plain("Calls {@link Upload#retry} or {@link #send the sender}."))
        .isEqualTo("Calls `Upload#retry` or the sender.");
    assertThat(Sentences.plain("Value is {@literal <none>}.")).isEqualTo("Value is <none>.");
  }

  @Test
  void firstSentenceSkipsAbbreviationsAndShortens() {
    assertThat(Sentences.first("Sends e.g. files. Then more.", 100)).isEqualTo("Sends e.g. files.");
    assertThat(Sentences.first("@param x the x", 100)).isEmpty();
    assertThat(Sentences.first("A very long sentence without an end", 10)).isEqualTo("A very lo…");
  }

  @Test
  void titlesOfDocPlacesAreTheirLeadingHeading() {
    assertThat(Sentences.title("Uploading Files\n===============\n\nAh yes, the good old problem"))
        .isEqualTo("Uploading Files");
    assertThat(Sentences.title("=====\nAPI\n=====\n\ntext")).isEqualTo("API");
    assertThat(Sentences.title("## Install it\n\nnpm i")).isEqualTo("Install it");
    // A window that starts mid-section, or code, has no title.
    assertThat(Sentences.title("so the file is saved.\n\nMore prose here.")).isEmpty();
    assertThat(Sentences.title("x = 1\ny = 2")).isEmpty();
    assertThat(Sentences.title("----\n")).isEmpty();
  }

  @Test
  void aQuoteThatEndsNoSentenceGetsAFullStopAfterIt() {
    assertThat(Sentences.quote("Handle timeout")).isEqualTo("\u201cHandle timeout\u201d.");
    assertThat(Sentences.quote("Returns the pool.")).isEqualTo("\u201cReturns the pool.\u201d");
    assertThat(Sentences.quote("Why not?")).isEqualTo("\u201cWhy not?\u201d");
  }

  @Test
  void aBlockTagEndsTheDescription() {
    assertThat(
            Sentences.first(
                "Transform the data for a request or a response\n\n@param {Array|Function} fns A"
                    + " single function\n@returns {*} The resulting transformed data",
                240))
        .isEqualTo("Transform the data for a request or a response");
    assertThat(Sentences.first("Mail user@example.com for help. More.", 240))
        .isEqualTo("Mail user@example.com for help.");
  }

  @Test
  void headingsOfMarkdownAndRstInOrderNotInCodeFences() {
    String rst =
        """
        .. _capture:

        How to capture stdout
        =====================

        Text about capturing.

            indented literal
            ----------------

        Accessing captured output
        -------------------------
        More.
        """;
    assertThat(Sentences.headings(rst))
        .containsExactly("How to capture stdout", "Accessing captured output");
    String md = "# Guide\n\n```sh\n# not a heading\n```\n\n## Retries\ntext\n";
    assertThat(Sentences.headings(md)).containsExactly("Guide", "Retries");
    assertThat(Sentences.headings("plain text\nno headings here\n")).isEmpty();
  }

  @Test
  void aPageTitledInItsFrontMatterHasThatTitle() {
    assertThat(Sentences.title("---\ntitle: How to reset state\nnav: 20\n---\n\nThe pattern."))
        .isEqualTo("How to reset state");
    assertThat(Sentences.title("---\nnav: 1\ntitle: 'Quoted'\n---\n")).isEqualTo("Quoted");
    // A title key after the front matter is text.
    assertThat(Sentences.title("---\nnav: 1\n---\ntitle: not this\n")).isEmpty();
    assertThat(Sentences.title("---\nnav: 1\n---\n# Guide\ntext\n")).isEqualTo("Guide");
  }
}
