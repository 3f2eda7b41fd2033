package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocExamplesTest {
  @Test
  void markdownFencedBlocksWithTheSentenceThatIntroducesThem() {
    String md =
        """
        ## Run Petclinic locally

        Spring Petclinic is a [Spring Boot](https://spring.io) application.

        You first need to clone the project locally:

        ```bash
        git clone https://github.com/spring-projects/spring-petclinic.git
        cd spring-petclinic
        ```
        If you are using Maven, you can start the application as follows:

        ```bash
        ./mvnw spring-boot:run
        ```

        ```
        ./gradlew bootRun
        ```
        """;
    List<DocExamples.Example> ex = DocExamples.of("README.md", md);
    assertThat(ex).hasSize(3);
    assertThat(ex.get(0).intro()).isEqualTo("You first need to clone the project locally:");
    assertThat(ex.get(0).language()).isEqualTo("bash");
    assertThat(ex.get(0).lines())
        .containsExactly(
            "git clone https://github.com/spring-projects/spring-petclinic.git",
            "cd spring-petclinic");
    assertThat(ex.get(1).lines()).containsExactly("./mvnw spring-boot:run");
    // A block right after another has no sentence of its own.
    assertThat(ex.get(2).intro()).isEmpty();
    assertThat(DocExamples.paragraph(ex))
        .startsWith(
            "\n\nIt shows:\n\nYou first need to clone the project locally:\n```bash\n"
                + "git clone https://github.com/spring-projects/spring-petclinic.git\n"
                + "cd spring-petclinic\n```\n")
        .endsWith("```\n./gradlew bootRun\n```");
  }

  @Test
  void mystCodeBlockDirectivesAreExamplesAndOtherDirectivesAreNot() {
    String md =
        """
        # Testing Click Applications

        ```{warning}
        These tools should only be used for testing.
        ```

        The test invokes the command:

        ```{code-block} python
        :caption: test_hello.py

        from click.testing import CliRunner
        ```

        Then run it:

        ```{code-block} console
        $ pytest
        ```
        """;
    List<DocExamples.Example> ex = DocExamples.of("docs/testing.md", md);
    assertThat(ex).hasSize(2);
    // Without a caption, the sentence above.
    assertThat(ex.get(1).intro()).isEqualTo("Then run it:");
    assertThat(ex.get(1).language()).isEqualTo("console");
    // Its caption names it.
    assertThat(ex.get(0).intro()).isEqualTo("test_hello.py:");
    assertThat(ex.get(0).language()).isEqualTo("python");
    assertThat(ex.get(0).lines()).containsExactly("from click.testing import CliRunner");
  }

  @Test
  void restructuredTextCodeBlocksAndLiteralBlocks() {
    String rst =
        """
        Accessing captured output
        -------------------------

        Use the :fixture:`capsys <capsys>` fixture, for example::

            def test_myoutput(capsys):
                print("hello")
                captured = capsys.readouterr()

        .. note::

            This is prose, not code.

        Run it:

        .. code-block:: bash
           :linenos:

           pytest -s
        """;
    List<DocExamples.Example> ex = DocExamples.of("doc/en/how-to/capture.rst", rst);
    assertThat(ex).hasSize(2);
    assertThat(ex.get(0).intro()).isEqualTo("Use the `capsys` fixture, for example:");
    assertThat(ex.get(0).lines())
        .containsExactly(
            "def test_myoutput(capsys):",
            "    print(\"hello\")",
            "    captured = capsys.readouterr()");
    assertThat(ex.get(1).intro()).isEqualTo("Run it:");
    assertThat(ex.get(1).language()).isEqualTo("bash");
    assertThat(ex.get(1).lines()).containsExactly("pytest -s");
  }

  @Test
  void aWindowStartingInsideAnExampleIsReadFromTheSentenceAboveIt() {
    String page =
        String.join(
            "\n",
            "    >>> r = requests.post(url, json=payload)", // 1: the section before
            "",
            "POST a Multipart-Encoded File", // 3
            "-----------------------------",
            "",
            "Requests makes it simple to upload Multipart-encoded files::", // 6
            "",
            "    >>> files = {'file': open('report.xls', 'rb')}", // 8: the window starts here
            "    >>> r = requests.post(url, files=files)",
            "",
            "That is all.");
    PlaceText text = l -> PlaceText.lines(page, l.startLine(), l.endLine());
    Location window = new Location("docs/user/quickstart.rst", 8, 11, "", "window", "", "", 0, "");
    Location read = DocExamples.reach(window, text);
    // From the line below the heading's underline, not from the section before.
    assertThat(read.startLine()).isEqualTo(5);
    assertThat(read.endLine()).isEqualTo(11);
    List<DocExamples.Example> ex = DocExamples.of(window.path(), text.of(read));
    assertThat(ex).hasSize(1);
    assertThat(ex.get(0).intro())
        .isEqualTo("Requests makes it simple to upload Multipart-encoded files:");
    assertThat(ex.get(0).lines())
        .containsExactly(
            ">>> files = {'file': open('report.xls', 'rb')}",
            ">>> r = requests.post(url, files=files)");
    // A section is read as it is.
    Location section = new Location("README.md", 8, 11, "Run", "section", "", "", 0, "");
    assertThat(DocExamples.reach(section, text)).isSameAs(section);
  }

  @Test
  void aWrappedParagraphIsTheSentenceNotItsLastLine() {
    String rst =
        String.join(
            "\n",
            "Development Server",
            "------------------",
            "",
            "To run the application, use the ``flask`` command and enable",
            "debug mode.",
            "",
            ".. code-block:: text",
            "",
            "    $ flask --app hello run --debug");
    List<DocExamples.Example> ex = DocExamples.of("docs/server.rst", rst);
    assertThat(ex.get(0).intro())
        .isEqualTo("To run the application, use the `flask` command and enable debug mode.");
  }

  @Test
  void longBlocksAreCutAndOtherFilesHaveNone() {
    StringBuilder md = new StringBuilder("Steps:\n\n```\n");
    for (int i = 0; i < DocExamples.MAX_LINES + 4; i++) {
      md.append("step ").append(i).append('\n');
    }
    md.append("```\n");
    List<DocExamples.Example> ex = DocExamples.of("docs/guide.md", md.toString());
    assertThat(ex.get(0).lines()).hasSize(DocExamples.MAX_LINES);
    assertThat(ex.get(0).more()).isEqualTo(4);
    assertThat(DocExamples.paragraph(ex)).contains("… (4 more lines)\n```");
    assertThat(DocExamples.of("notes.txt", md.toString())).isEmpty();
    String one = "```\n" + "x\n".repeat(DocExamples.MAX_LINES + 1) + "```\n";
    assertThat(DocExamples.paragraph(DocExamples.of("a.md", one))).contains("… (1 more line)");
    assertThat(DocExamples.paragraph(List.of())).isEmpty();
  }
}
