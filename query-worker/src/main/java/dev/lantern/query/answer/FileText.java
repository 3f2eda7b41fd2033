package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.FileOverview;
import dev.lantern.query.retrieve.FileRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The extractive answer to a question about one file: what it says it is, what it defines, and who
 * uses it. Every statement comes from the file's overview.
 */
final class FileText {
  private static final Map<String, String> LANGUAGES =
      Map.of(
          "python", "Python",
          "java", "Java",
          "kotlin", "Kotlin",
          "javascript", "JavaScript",
          "typescript", "TypeScript",
          "tsx", "TypeScript (TSX)",
          "go", "Go",
          "markdown", "Markdown");

  private static final int MAX_IMPORTS = 6;
  private static final int MAX_NAMES = 8;

  private FileText() {}

  /** The answer's paragraphs, in order. */
  static List<String> of(FileOverview f) {
    List<String> parts = new ArrayList<>();
    parts.add(identity(f));
    if (f.mainType().isPresent()) {
      parts.add(mainType(f));
    } else if (!f.definitions().isEmpty()) {
      boolean sections = f.definitions().stream().allMatch(d -> d.kind().equals("section"));
      boolean topLevel = f.definitions().stream().allMatch(d -> d.symbol().isEmpty());
      // Configuration and data have parts, not code that runs.
      boolean code =
          switch (FileRole.of(f.path())) {
            case CODE, TEST -> true;
            default -> false;
          };
      String heading =
          sections
              ? "Its sections:"
              : topLevel && !code
                  ? "Its parts:"
                  : topLevel
                      ? "It has no named functions or types; its code runs at the top level:"
                      : "It defines:";
      parts.add(bullets(heading, f.definitions(), f.moreDefinitions()));
    } else {
      parts.add("\n\nI found no functions, types or sections in it.\n");
    }
    parts.add(imports(f));
    parts.add(users(f));
    if (!f.others().isEmpty()) {
      String name = f.path().substring(f.path().lastIndexOf('/') + 1);
      parts.add(
          "\n\nOther files named `"
              + name
              + "`: "
              + String.join(", ", f.others())
              + "; ask with the full path to get one of them.");
    }
    return parts;
  }

  /** "It defines `helper` (…) and `Flask` (…). The members of `Flask`: …" */
  private static String mainType(FileOverview f) {
    String heading =
        "The members of `"
            + f.mainType().get()
            + "`"
            + (f.moreMembers() > 0 ? ", public ones first:" : ":");
    if (f.definitions().size() == 1) {
      return bullets(heading, f.members(), f.moreMembers());
    }
    List<String> defs =
        f.definitions().stream().map(d -> label(d) + " (" + d.citation() + ")").toList();
    return "\n\nIt defines "
        + String.join(", ", defs)
        + (f.moreDefinitions() > 0 ? " and " + f.moreDefinitions() + " more" : "")
        + "."
        + bullets(" " + heading, f.members(), f.moreMembers()).substring(2);
  }

  private static String bullets(String heading, List<Location> places, int more) {
    StringBuilder sb = new StringBuilder("\n\n").append(heading).append('\n');
    for (Location d : places) {
      sb.append(bullet(d));
    }
    if (more > 0) {
      sb.append("- and ").append(more).append(" more\n");
    }
    return sb.toString();
  }

  private static String identity(FileOverview f) {
    String language = LANGUAGES.getOrDefault(f.language(), "");
    StringBuilder sb =
        new StringBuilder("`")
            .append(f.path())
            .append("` is ")
            .append(
                !language.isEmpty()
                    ? article(language) + " " + language + " file"
                    : FileRole.of(f.path()) == FileRole.CONFIG ? "a configuration file" : "a file")
            .append(" of ")
            .append(f.lines())
            .append(f.lines() == 1 ? " line." : " lines.");
    f.description()
        .ifPresent(
            d -> {
              String said = Sentences.first(d.doc(), 300);
              if (said.isEmpty()) {
                return;
              }
              if (d.symbol().isEmpty()) {
                sb.append(" It describes itself: \u201c");
              } else {
                sb.append(" Its main type `")
                    .append(d.symbol())
                    .append("` is documented as: \u201c");
              }
              sb.append(said).append("\u201d (").append(d.citation()).append(')');
            });
    return sb.toString();
  }

  /** "It imports from `a.py`, `b.py`; from outside this codebase: `werkzeug`." */
  private static String imports(FileOverview f) {
    List<String> files = f.imports().files();
    List<String> external = f.imports().external();
    if (files.isEmpty() && external.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\nIt imports ");
    if (!files.isEmpty()) {
      sb.append("from ").append(names(files, MAX_IMPORTS));
    }
    if (!external.isEmpty()) {
      sb.append(files.isEmpty() ? "" : "; ")
          .append("from outside this codebase: ")
          .append(names(external, MAX_IMPORTS));
    }
    return sb.append('.').toString();
  }

  private static String names(List<String> all, int max) {
    // A Go module's root package is the folder "./", which reads better named.
    return Sentences.firstAndMore(
        all.stream().map(n -> n.equals("./") ? "the root package (`./`)" : "`" + n + "`").toList(),
        max);
  }

  private static String bullet(Location d) {
    if (d.symbol().isEmpty()) {
      String first =
          d.snippet().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
      return "- "
          + d.citation()
          + (first.isEmpty() ? "" : ": `" + Sentences.shorten(first, 100) + "`")
          + "\n";
    }
    if (d.kind().equals(FileOverview.NAMES_KIND)) {
      return "- " + label(d) + " (" + d.citation() + "): set at the top level\n";
    }
    StringBuilder sb = new StringBuilder("- `");
    sb.append(d.symbol()).append("` (").append(d.citation()).append(')');
    String doc = Sentences.first(d.doc(), 160);
    if (!doc.isEmpty()) {
      sb.append(": ").append(doc);
    } else if (!d.signature().isEmpty() && !d.kind().equals("section")) {
      sb.append(": `").append(Sentences.shorten(d.signature(), 120)).append('`');
    }
    return sb.append('\n').toString();
  }

  /** "`Flask`", or for top-level names "`g`, `request`, `session` and 2 more". */
  private static String label(Location d) {
    if (!d.kind().equals(FileOverview.NAMES_KIND)) {
      return "`" + d.symbol() + "`";
    }
    List<String> names = List.of(d.symbol().split(", "));
    return names(names, MAX_NAMES);
  }

  private static String users(FileOverview f) {
    StringBuilder sb = new StringBuilder("\n");
    boolean code =
        f.definitions().stream()
            .anyMatch(d -> !d.kind().equals("section") && !d.symbol().isEmpty());
    if (f.users().isEmpty() && f.tests().isEmpty() && !code) {
      return "";
    }
    sb.append(
        UsageText.of(
            "What it defines is used from ",
            "I found no other code file that uses what it defines.",
            f.users(),
            f.tests()));
    return sb.toString();
  }

  private static String article(String word) {
    return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
