package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.CodebaseOverview;
import dev.lantern.query.retrieve.FileRole;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractive answer to a question about the codebase as a whole: what its README says it is,
 * how its code is laid out, what the rest of its code leans on, and where it starts. Every
 * statement comes from the overview.
 */
final class OverviewText {
  private OverviewText() {}

  /** The answer's paragraphs, in order. */
  static List<String> of(CodebaseOverview o) {
    List<String> parts = new ArrayList<>();
    parts.add(identity(o));
    if (!o.areas().isEmpty()) {
      StringBuilder sb =
          new StringBuilder("\n\nIts code (")
              .append(o.codeFiles())
              .append(o.codeFiles() == 1 ? " file" : " files")
              .append(" of ")
              .append(o.files())
              .append(" indexed) is laid out as:\n");
      for (CodebaseOverview.Area a : o.areas()) {
        sb.append("- ").append(where(a, o.areas())).append(" (").append(a.files()).append("): ");
        sb.append(String.join(", ", a.largest().stream().map(f -> "`" + f + "`").toList()));
        sb.append(a.files() > a.largest().size() ? " and more" : "").append('\n');
      }
      parts.add(sb.toString());
    }
    List<String> besides = new ArrayList<>();
    for (CodebaseOverview.Share s : o.shares()) {
      besides.add(
          s.files()
              + (s.role() == FileRole.TEST ? " test" : " documentation")
              + (s.files() == 1 ? " file" : " files")
              + (s.home().isEmpty() ? "" : ", mostly in `" + s.home() + "`"));
    }
    if (!besides.isEmpty()) {
      parts.add(
          (o.areas().isEmpty() ? "\n\n" : "") + "Besides: " + String.join("; ", besides) + ".");
    }
    if (!o.central().isEmpty()) {
      StringBuilder sb = new StringBuilder("\n\nThe definitions the rest of the code uses most:\n");
      for (CodebaseOverview.Central c : o.central()) {
        Location l = c.location();
        sb.append("- `")
            .append(l.symbol())
            .append("` (")
            .append(l.citation())
            .append("), used in ")
            .append(c.references())
            .append(" places");
        String doc = Sentences.first(l.doc(), 160);
        sb.append(doc.isEmpty() ? "" : ": " + doc).append('\n');
      }
      parts.add(sb.toString());
    }
    if (o.entryPoints().isEmpty()) {
      parts.add(
          (o.central().isEmpty() ? "\n\n" : "\n")
              + "I found no declared command and no `main` function where it starts.\n");
    } else {
      StringBuilder sb = new StringBuilder(o.central().isEmpty() ? "\n\n" : "\n");
      if (o.startsInItsCode()) {
        sb.append("Where it starts:\n");
      } else {
        // A library: its own code declares no command and has no main; tools beside it may.
        sb.append("Nothing in ")
            .append(o.root().isEmpty() ? "its main code" : "`" + o.root() + "`")
            .append(
                " declares a command or a `main`, so it is used as a library. Programs beside it:\n");
      }
      for (Location l : o.entryPoints()) {
        sb.append("- ").append(entry(l)).append('\n');
      }
      parts.add(sb.toString());
    }
    parts.add(
        "\nAsk about one behaviour next, such as \u201cwhere are errors handled?\u201d, to get the"
            + " code that does it.");
    return tidy(parts);
  }

  /** One blank line between paragraphs, however the parts happen to end and begin. */
  static List<String> tidy(List<String> parts) {
    List<String> out = new ArrayList<>();
    int newlines = 0; // at the end of what is out so far
    for (String p : parts) {
      int lead = 0;
      while (lead < p.length() && p.charAt(lead) == '\n') {
        lead++;
      }
      int keep = Math.max(0, Math.min(lead, 2 - newlines));
      String t = p.substring(lead - keep);
      if (t.isEmpty()) {
        continue;
      }
      out.add(t);
      int trail = 0;
      while (trail < t.length() && t.charAt(t.length() - 1 - trail) == '\n') {
        trail++;
      }
      newlines = trail == t.length() ? newlines + trail : trail;
    }
    return out;
  }

  private static String identity(CodebaseOverview o) {
    if (o.readme().isEmpty()) {
      return "This codebase has no README that says what it is, so here is its shape.";
    }
    CodebaseOverview.Readme r = o.readme().get();
    String quote = "\u201c" + r.summary() + "\u201d (" + r.location().citation() + ")";
    return r.title().isEmpty()
        ? "Its README opens: " + quote
        : "Its README introduces it as " + r.title() + ": " + quote;
  }

  /** "files directly in `src/`" only where folders inside it are listed too. */
  private static String where(CodebaseOverview.Area a, List<CodebaseOverview.Area> all) {
    boolean inner = all.stream().anyMatch(b -> b != a && b.dir().startsWith(a.dir()));
    if (!a.direct() || !inner && !a.dir().isEmpty()) {
      return "`" + a.dir() + "`";
    }
    return a.dir().isEmpty() ? "files at the top level" : "files directly in `" + a.dir() + "`";
  }

  private static String entry(Location l) {
    if (l.kind().equals("command")) {
      String target = l.signature().substring(l.signature().indexOf('\u2192') + 1).strip();
      boolean packageJson = l.path().endsWith("package.json");
      if (packageJson && l.symbol().equals("main")) {
        return "the package's main module `" + target + "` (" + l.citation() + ")";
      }
      if (packageJson && l.symbol().equals("bin")) {
        return "the package's command-line program `" + target + "` (" + l.citation() + ")";
      }
      return "the command `" + l.symbol() + "` runs `" + target + "` (" + l.citation() + ")";
    }
    return l.symbol().isEmpty() ? l.citation() : "`" + l.symbol() + "` (" + l.citation() + ")";
  }
}
