package dev.lantern.core.text;

/**
 * Strips comment markers from doc comments and docstrings, keeping their words and line breaks.
 * Lines that only instruct a tool ({@code eslint-disable-next-line}, {@code istanbul ignore next},
 * {@code @ts-ignore}, {@code noqa}) are not documentation and are dropped.
 */
public final class DocText {
  private static final int MAX = 1_500;

  private static final java.util.regex.Pattern DIRECTIVE =
      java.util.regex.Pattern.compile(
          "(?:(?:eslint|jshint|jscs|tslint|prettier-ignore|istanbul ignore|[cv]8 ignore"
              + "|@ts-(?:ignore|expect-error|nocheck|check)|@flow|noqa|nosec|type: ?ignore"
              + "|pragma: no ?cover|fmt: (?:off|on|skip)|NOSONAR|noinspection|CHECKSTYLE|NOPMD)\\b"
              + "|pylint:|mypy:|pyright:|isort:|spotless:|language=|global ).*");

  private DocText() {}

  public static String clean(String raw) {
    String s = raw.strip();
    if (s.startsWith("\"\"\"") || s.startsWith("'''")) {
      s = s.substring(3, Math.max(3, s.length() - 3));
    } else if (s.startsWith("r\"\"\"") || s.startsWith("u\"\"\"")) {
      s = s.substring(4, Math.max(4, s.length() - 3));
    } else if ((s.startsWith("\"") || s.startsWith("'")) && s.length() >= 2) {
      s = s.substring(1, s.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n")) {
      String l = line.strip();
      if (l.startsWith("/**")) {
        l = l.substring(3);
      } else if (l.startsWith("/*")) {
        l = l.substring(2);
      }
      if (l.endsWith("*/")) {
        l = l.substring(0, l.length() - 2);
      }
      if (l.startsWith("///")) {
        l = l.substring(3);
      } else if (l.startsWith("//")) {
        l = l.substring(2);
      } else if (l.startsWith("*")) {
        l = l.substring(1);
      } else if (l.startsWith("#")) {
        l = l.substring(1);
      }
      l = l.strip();
      if (DIRECTIVE.matcher(l).matches()) {
        continue;
      }
      if (!l.isEmpty() || out.length() > 0) {
        out.append(l).append('\n');
      }
    }
    String text = out.toString().strip();
    return text.length() > MAX ? text.substring(0, MAX) + "…" : text;
  }
}
