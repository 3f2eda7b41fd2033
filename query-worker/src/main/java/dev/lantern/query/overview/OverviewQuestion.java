package dev.lantern.query.overview;

import dev.lantern.query.retrieve.QueryAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a question about the codebase as a whole ("what does this project do?", "how is the code
 * organised?", "where is the entry point?") from a question about one behaviour. Such a question
 * has no subject to search for: every word in it is about projects in general, so a search would
 * return noise, and the answer should be an overview instead.
 */
public final class OverviewQuestion {
  /** Longer questions carry a subject of their own. */
  private static final int MAX_CHARS = 160;

  /** Words that ask about the whole: at least one must be present. */
  private static final Set<String> ASKS =
      Set.of(
          "overview",
          "architecture",
          "architectural",
          "structure",
          "structured",
          "organized",
          "organised",
          "organization",
          "organisation",
          "layout",
          "laid",
          "project",
          "codebase",
          "repository",
          "repo",
          "purpose",
          "entry",
          "entrypoint",
          "entrypoints",
          "start",
          "begin",
          "summary",
          "summarize",
          "summarise",
          "introduction",
          "intro",
          "tour",
          "picture",
          "main",
          "parts",
          "components",
          "modules",
          "packages",
          "this",
          "work",
          "works",
          "use",
          "used",
          "using");

  /**
   * Words that may stand beside them without giving the question a subject, besides the question
   * and glue words the search never uses ({@link QueryAnalyzer#framing}).
   */
  private static final Set<String> FILLER =
      Set.of(
          "whats",
          "wheres",
          "give",
          "describe",
          "whole",
          "overall",
          "general",
          "high",
          "level",
          "highlevel",
          "big",
          "code",
          "point",
          "points",
          "working",
          "here",
          "s",
          "get",
          "started",
          "getting",
          "look",
          "like",
          "quick",
          "brief",
          "short",
          "go",
          "all",
          "app",
          "application",
          "library",
          "program",
          "thing",
          "stuff",
          "files",
          "folders",
          "directories",
          "source",
          "key",
          "important",
          "basically");

  private OverviewQuestion() {}

  /** Whether {@code question} asks about the codebase as a whole rather than one behaviour. */
  public static boolean asks(String question) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty() || q.length() > MAX_CHARS || q.contains("\n")) {
      return false;
    }
    List<String> words = words(q);
    if (words.isEmpty()) {
      return false;
    }
    boolean asks = false;
    for (String w : words) {
      if (ASKS.contains(w)) {
        asks = true;
      } else if (!FILLER.contains(w) && !QueryAnalyzer.framing(w)) {
        return false;
      }
    }
    return asks;
  }

  /**
   * Whether {@code word} (lower case) is about codebases in general: an overview, filler, question
   * or glue word. A question made only of such words has no subject.
   */
  static boolean general(String word) {
    return ASKS.contains(word) || FILLER.contains(word) || QueryAnalyzer.framing(word);
  }

  /**
   * Lower-case runs of letters; apostrophes are dropped inside words ("what's" is "whats"), and
   * anything code-like (digits, underscores, dots inside a word) counts as a subject.
   */
  private static List<String> words(String q) {
    List<String> out = new ArrayList<>();
    for (String raw : q.toLowerCase(Locale.ROOT).split("[\\s,;:!?()\"]+")) {
      String w = raw.replace("'", "").replace("’", "").replace("-", "");
      w = w.replaceAll("^\\.+|\\.+$", "");
      if (w.isEmpty()) {
        continue;
      }
      if (!w.chars().allMatch(Character::isLetter)) {
        out.add("\u0000"); // a subject: never filler
        continue;
      }
      out.add(w);
    }
    return out;
  }
}
