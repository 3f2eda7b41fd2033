package dev.lantern.query.answer;

import dev.lantern.core.model.Location;
import dev.lantern.query.overview.TypeOverview;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractive answer to a question about one type: where it is, what its doc comment says, its
 * methods and who uses it. Every statement comes from the type's overview.
 */
final class TypeText {
  private TypeText() {}

  /** The answer's paragraphs, in order: the type, its methods, who uses it. */
  static List<String> of(TypeOverview t) {
    return of(t, false);
  }

  /**
   * The answer's paragraphs; {@code usageFirst} (the question asks who uses the type) puts who uses
   * it right after the declaration, before the methods.
   */
  static List<String> of(TypeOverview t, boolean usageFirst) {
    List<String> parts = new ArrayList<>();
    Location type = t.type();
    StringBuilder first =
        new StringBuilder("`")
            .append(type.symbol())
            .append("` is ")
            .append(t.article())
            .append(' ')
            .append(t.kind())
            .append(" in ")
            .append(type.citation());
    if (!type.signature().isEmpty()) {
      // A declaration with its body inline ("Command struct { // Use is…") up to its brace.
      String declared = type.signature();
      int brace = declared.indexOf('{');
      if (brace > 0) {
        declared = declared.substring(0, brace + 1) + " … }";
      }
      first.append(", declared as `").append(Sentences.shorten(declared, 160)).append('`');
    }
    first.append('.');
    String doc = Sentences.first(type.doc(), 300);
    if (!doc.isEmpty()) {
      first.append(" Its documentation says: ").append(Sentences.quote(doc));
    }
    if (!t.bases().isEmpty()) {
      first
          .append(" Its supertypes: ")
          .append(String.join(", ", t.bases().stream().map(b -> "`" + b + "`").toList()))
          .append('.');
    }
    if (!t.subclasses().isEmpty()) {
      first
          .append(" Subclasses: ")
          .append(
              String.join(
                  ", ",
                  t.subclasses().stream()
                      .map(c -> "`" + c.symbol() + "` (" + c.citation() + ")")
                      .toList()))
          .append(t.moreSubclasses() > 0 ? " and " + t.moreSubclasses() + " more" : "")
          .append('.');
    }
    parts.add(first.toString());
    String usage =
        UsageText.of(
            "It is used from ", "I found no other code file that uses it.", t.users(), t.tests());
    if (usageFirst) {
      parts.add(" " + usage);
    }
    if (!t.members().isEmpty()) {
      StringBuilder sb =
          new StringBuilder("\n\nIts methods")
              .append(t.moreMembers() > 0 ? ", public ones first:\n" : ":\n");
      for (Location m : t.members()) {
        sb.append("- `").append(m.symbol()).append("` (").append(m.citation()).append(')');
        String d = Sentences.first(m.doc(), 160);
        if (!d.isEmpty()) {
          sb.append(": ").append(d);
        } else if (!m.signature().isEmpty()) {
          sb.append(": `").append(Sentences.shorten(m.signature(), 120)).append('`');
        }
        sb.append('\n');
      }
      if (t.moreMembers() > 0) {
        sb.append("- and ").append(t.moreMembers()).append(" more\n");
      }
      parts.add(sb.toString());
    }
    if (!usageFirst) {
      parts.add((t.members().isEmpty() ? "\n\n" : "\n") + usage);
    }
    if (!t.others().isEmpty()) {
      parts.add(
          "\n\nOther files define a type named `"
              + type.symbol().substring(type.symbol().lastIndexOf('.') + 1)
              + "` too: "
              + String.join(", ", t.others())
              + ".");
    }
    return parts;
  }
}
