package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.FolderOverview;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractive answer to a question about one folder: what it says it is, its files with what
 * each says it is, and its subfolders. Every statement comes from the folder's overview.
 */
final class FolderText {
  private FolderText() {}

  /** The answer's paragraphs, in order. */
  static List<String> of(FolderOverview f) {
    List<String> parts = new ArrayList<>();
    StringBuilder first =
        new StringBuilder("`")
            .append(f.dir())
            .append("` holds ")
            .append(f.files())
            .append(f.files() == 1 ? " file." : " files.");
    f.description()
        .ifPresent(
            d ->
                first
                    .append(" Its ")
                    .append(name(d.path()))
                    .append(" says: \u201c")
                    .append(Sentences.first(said(d), 300))
                    .append("\u201d (")
                    .append(d.citation())
                    .append(')'));
    parts.add(first.toString());
    if (!f.entries().isEmpty()) {
      StringBuilder sb =
          new StringBuilder("\n\nFiles directly in it, code first, then the longest:\n");
      for (FolderOverview.Entry e : f.entries()) {
        sb.append("- `")
            .append(name(e.path()))
            .append("` (")
            .append(e.lines())
            .append(e.lines() == 1 ? " line)" : " lines)");
        e.description()
            .map(d -> Sentences.first(said(d), 160))
            .filter(s -> !s.isEmpty())
            .ifPresent(s -> sb.append(": ").append(s));
        sb.append('\n');
      }
      if (f.moreEntries() > 0) {
        sb.append("- and ").append(f.moreEntries()).append(" more\n");
      }
      parts.add(sb.toString());
    }
    if (!f.subfolders().isEmpty()) {
      StringBuilder sb = new StringBuilder(f.entries().isEmpty() ? "\n\n" : "\n");
      sb.append("Folders in it:\n");
      for (FolderOverview.Subfolder s : f.subfolders()) {
        sb.append("- `")
            .append(s.dir())
            .append("` (")
            .append(s.files())
            .append(s.files() == 1 ? " file)\n" : " files)\n");
      }
      parts.add(sb.toString());
    }
    if (!f.others().isEmpty()) {
      parts.add(
          "\nOther folders of that name: "
              + String.join(", ", f.others())
              + "; ask with the full path to get one of them.");
    }
    return parts;
  }

  /** A README's opening is its snippet; a docstring's or doc comment's text is its doc. */
  private static String said(Location d) {
    return d.doc().isEmpty() ? d.snippet() : d.doc();
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
