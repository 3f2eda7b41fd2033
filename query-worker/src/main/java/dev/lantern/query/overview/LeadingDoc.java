package dev.lantern.query.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file says about itself at its top: a Python module docstring, or the first comment block
 * that is not a licence header ({@code /** … *}{@code /}, {@code /* … *}{@code /}, or a run of
 * {@code //} or {@code #} lines). Lines that only set up the file (a shebang, an encoding or lint
 * directive, {@code "use strict"}) may come before it.
 *
 * @param startLine first line of the comment, 1-based
 * @param endLine its last line
 * @param text its first paragraph, comment markers removed and whitespace collapsed
 * @param raw its lines as written
 */
record LeadingDoc(int startLine, int endLine, String text, String raw) {
  /** Headers that state a licence or copyright say nothing about the file. */
  private static final Pattern LICENCE =
      Pattern.compile("(?i)copyright|licen[cs]e|spdx-|all rights reserved|\\(c\\) \\d{4}");

  private static final Pattern SET_UP =
      Pattern.compile(
          "#!.*|#.*-\\*-.*-\\*-.*|#\\s*(type|pylint|noqa|flake8|mypy|ruff|isort|fmt|pragma)\\b.*"
              + "|['\"]use strict['\"];?|//\\s*@(flow|ts-\\w+).*|//\\s*(eslint|prettier)\\b.*"
              + "|/\\*\\s*(eslint|jshint|global|istanbul|prettier)\\b.*\\*/");

  private static final Pattern DOCSTRING_OPEN = Pattern.compile("^[rRuUbB]{0,2}(\"\"\"|''')");

  /** A comment block longer than this is a licence or a manual, not a summary. */
  private static final int MAX_LINES = 80;

  static Optional<LeadingDoc> of(String text) {
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i].strip();
      if (line.isEmpty() || SET_UP.matcher(line).matches()) {
        i++;
        continue;
      }
      int end = commentEnd(lines, i);
      if (end < 0) {
        return Optional.empty(); // code comes first: the file does not describe itself
      }
      List<String> body = new ArrayList<>();
      for (int j = i; j <= end; j++) {
        body.add(lines[j]);
      }
      String raw = String.join("\n", body);
      if (LICENCE.matcher(raw).find()) {
        i = end + 1;
        continue;
      }
      String paragraph = firstParagraph(body);
      if (paragraph.isEmpty()) {
        i = end + 1;
        continue;
      }
      return Optional.of(new LeadingDoc(i + 1, end + 1, paragraph, raw));
    }
    return Optional.empty();
  }

  /** The last line (0-based) of the comment or docstring starting at line {@code i}, or -1. */
  private static int commentEnd(String[] lines, int i) {
    String line = lines[i].strip();
    var doc = DOCSTRING_OPEN.matcher(line);
    if (doc.find()) {
      String quote = doc.group(1);
      if (line.indexOf(quote, doc.end()) >= 0) {
        return i;
      }
      return closing(lines, i, quote);
    }
    if (line.startsWith("/*")) {
      return line.indexOf("*/", 2) >= 0 ? i : closing(lines, i, "*/");
    }
    String marker = line.startsWith("//") ? "//" : line.startsWith("#") ? "#" : null;
    if (marker == null
        || marker.equals("#") && line.matches("#\\s*(include|define|pragma|if)\\b.*")) {
      return -1;
    }
    int j = i;
    while (j + 1 < lines.length && lines[j + 1].strip().startsWith(marker) && j - i < MAX_LINES) {
      j++;
    }
    return j;
  }

  private static int closing(String[] lines, int i, String close) {
    for (int j = i + 1; j < lines.length && j - i <= MAX_LINES; j++) {
      if (lines[j].contains(close)) {
        return j;
      }
    }
    return -1;
  }

  /** The first paragraph of prose: markers removed, stopping at a blank line or a tag line. */
  private static String firstParagraph(List<String> body) {
    StringBuilder sb = new StringBuilder();
    int taken = 0;
    for (String line : body) {
      String s =
          line.strip()
              .replaceFirst("^[rRuUbB]{0,2}(\"\"\"|''')", "")
              .replaceFirst("(\"\"\"|''')$", "")
              .replaceFirst("^/\\*+!?", "")
              .replaceFirst("\\*+/$", "")
              .replaceFirst("^(//+!?|#+|\\*+)", "")
              .strip();
      boolean tag = s.startsWith("@") || s.matches(":\\w+.*:.*");
      if (s.matches("[-=~*_#^]{3,}") && taken == 1) {
        sb.setLength(0); // the line above was a title ("flask.ctx" underlined)
        taken = 0;
        continue;
      }
      if (s.isEmpty() || tag || s.matches("[-=~*_#^]{3,}")) {
        if (sb.length() > 0) {
          break;
        }
        continue;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(s);
      taken++;
    }
    return sb.toString();
  }
}
