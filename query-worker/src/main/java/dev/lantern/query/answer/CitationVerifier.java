package dev.lantern.query.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the citations in a model's answer and returns those that do not check out: a block number
 * {@code [n]} outside the sources given, or a {@code path:start-end} that is not an indexed file
 * with those lines.
 */
final class CitationVerifier {
  private static final Pattern BLOCK = Pattern.compile("\\[(\\d{1,3})]");
  private static final Pattern PATH =
      Pattern.compile(
          "([A-Za-z0-9_.\\-]+(?:/[A-Za-z0-9_.\\-]+)*\\.[A-Za-z0-9]+):(\\d+)(?:-(\\d+))?");

  private final CitationChecker checker;

  CitationVerifier(CitationChecker checker) {
    this.checker = checker;
  }

  List<String> unverified(String answer, int sources) {
    Set<String> bad = new LinkedHashSet<>();
    Matcher b = BLOCK.matcher(answer);
    while (b.find()) {
      int n = Integer.parseInt(b.group(1));
      if (n < 1 || n > sources) {
        bad.add(b.group());
      }
    }
    Matcher p = PATH.matcher(answer);
    while (p.find()) {
      int start = Integer.parseInt(p.group(2));
      int end = p.group(3) == null ? start : Integer.parseInt(p.group(3));
      if (end < start || !checker.exists(p.group(1), start, end)) {
        bad.add(p.group());
      }
    }
    return new ArrayList<>(bad);
  }
}
