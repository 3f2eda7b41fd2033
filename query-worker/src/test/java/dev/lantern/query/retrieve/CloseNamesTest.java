package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloseNamesTest {
  @Test
  void editsCountSwapsOnce() {
    assertThat(CloseNames.distance("url_fro", "url_for")).isEqualTo(1);
    assertThat(CloseNames.distance("make_reponse", "make_response")).isEqualTo(1);
    assertThat(CloseNames.distance("executecntext", "executecontextc")).isEqualTo(2);
    assertThat(CloseNames.distance("abc", "abc")).isZero();
  }

  @Test
  void aNameSpelledAlmostSoIsSuggestedCodeAndTopLevelFirst(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      code.define("src/app.py", Language.PYTHON, "Flask", "url_for", "    def url_for(self):\n");
      code.define("src/helpers.py", Language.PYTHON, "", "url_for", "def url_for(endpoint):\n");
      code.define("tests/test_x.py", Language.PYTHON, "", "url_fox", "def url_fox():\n");
      code.define("src/other.py", Language.PYTHON, "", "urlfor_all", "def urlfor_all():\n");
      code.bind("src/globals.py", Language.PYTHON, "requets_count = 0\n", "requets_count");
      assertThat(CloseNames.of("url_fro", code.index().lexical()))
          .extracting(Location::symbol)
          .containsExactly("url_for", "Flask.url_for", "url_fox");
      // A name bound at the top level is cited at its binding.
      assertThat(CloseNames.of("requests_count", code.index().lexical()))
          .extracting(Location::citation)
          .containsExactly("src/globals.py:1");
      // Short names allow one edit only; nothing close, nothing said.
      assertThat(CloseNames.of("urlx", code.index().lexical())).isEmpty();
      assertThat(CloseNames.of("zzz_qqq_www", code.index().lexical())).isEmpty();
    }
  }
}
