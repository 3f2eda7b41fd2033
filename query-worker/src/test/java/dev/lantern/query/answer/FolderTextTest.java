package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.FolderOverview;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FolderTextTest {
  @Test
  void saysWhatTheFolderIsItsFilesAndItsFolders() {
    Location init =
        new Location("src/kite/__init__.py", 1, 1, "", "doc", "", "A small client.", 1, "");
    Location readme =
        new Location("src/kite/README.md", 3, 3, "Kite", "section", "", "", 1, "Kite talks HTTP.");
    FolderOverview f =
        new FolderOverview(
            "src/kite/",
            9,
            Optional.of(readme),
            List.of(
                new FolderOverview.Entry("src/kite/client.py", 80, Optional.empty()),
                new FolderOverview.Entry("src/kite/__init__.py", 1, Optional.of(init))),
            3,
            List.of(
                new FolderOverview.Subfolder("src/kite/transport/", 2),
                new FolderOverview.Subfolder("src/kite/tls/", 1)),
            List.of("tests/kite/"));
    assertThat(String.join("", FolderText.of(f)))
        .isEqualTo(
            "`src/kite/` holds 9 files. Its README.md says: \u201cKite talks HTTP.\u201d"
                + " (src/kite/README.md:3)\n\n"
                + "Files directly in it, code first, then the longest:\n"
                + "- `client.py` (80 lines)\n"
                + "- `__init__.py` (1 line): A small client.\n"
                + "- and 3 more\n\n"
                + "Folders in it:\n"
                + "- `src/kite/transport/` (2 files)\n"
                + "- `src/kite/tls/` (1 file)\n"
                + "\nOther folders of that name: tests/kite/; ask with the full path to get one of"
                + " them.");
  }
}
