package dev.lantern.query.retrieve;

import java.util.regex.Pattern;

/** Recognises test code by path, so implementation ranks first unless tests are asked about. */
final class TestPaths {
  private static final Pattern TEST =
      Pattern.compile(
          "(^|/)(tests?|__tests__|spec|testing)/|(^|/)test_[^/]*$|_test\\.[a-z]+$|(Test|Tests|IT)\\.(java|kt)$|\\.(test|spec)\\.[jt]sx?$|(^|/)conftest\\.py$");

  private TestPaths() {}

  static boolean isTest(String path) {
    return TEST.matcher(path).find();
  }
}
