package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.CodeAnalyzer;
import dev.lantern.core.index.lexical.StoredChunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * "How do I test a command?" asks how testing is done, and a guide section about testing says it:
 * click's "Testing Click Applications" introduces {@code CliRunner} with an example. Ranked by its
 * words, such a question meets the project's own tests first (every test function says "test" and
 * "command"; the guide was 42nd). When the codebase has a guide section headed by testing among the
 * places found, it opens the answer; the tests stay in the list as examples.
 */
final class TestingGuideLead {
  /** How far down the ranked places to look for the guide. */
  static final int SPANS = 300;

  /** Release notes have "Tests" sections that list changes, not how to test. */
  private static final Pattern RELEASE_NOTES =
      Pattern.compile("(?:^|/)(?:changes|changelog|history|news|release[-_ ]?notes)[^/]*$");

  private static final CodeAnalyzer ANALYZER = new CodeAnalyzer();

  private TestingGuideLead() {}

  /**
   * The first of the first {@link #SPANS} of {@code ranked} that is a documentation section whose
   * heading names testing and whose text names what is to be tested, when the question asks how to
   * test; else null.
   */
  static Integer choose(AnalyzedQuery query, List<Integer> ranked, IntFunction<StoredChunk> chunk) {
    if (!RoleWeights.asksHowToTest(query.question())) {
      return null;
    }
    // What is to be tested ("a command"): the section must say it too. spring-petclinic's README
    // section "Test Applications" is about starting the app for tests, not about testing the
    // owner controller, which OwnerControllerTests shows.
    List<List<String>> subject = new ArrayList<>();
    for (String t : query.termWeights().keySet()) {
      if (!t.equals("test") && !t.equals("write") && !t.equals("unit")) {
        subject.add(query.termAndForms(t));
      }
    }
    return ranked.stream()
        .limit(SPANS)
        .filter(o -> headedByTesting(chunk.apply(o)))
        .filter(
            o -> {
              Set<String> own = new HashSet<>(ANALYZER.terms(chunk.apply(o).text()));
              return subject.stream().anyMatch(forms -> forms.stream().anyMatch(own::contains));
            })
        .findFirst()
        .orElse(null);
  }

  /** A section's headings, outermost first ("Testing Click Applications > Basic Example"). */
  private static String heading(StoredChunk c) {
    String h =
        c.qualifiedName() != null && !c.qualifiedName().isBlank() ? c.qualifiedName() : c.symbol();
    return h == null ? "" : h;
  }

  static boolean headedByTesting(StoredChunk c) {
    return FileRole.of(c.path()) == FileRole.DOC
        && !RELEASE_NOTES.matcher(c.path().toLowerCase(Locale.ROOT)).find()
        && ANALYZER.terms(heading(c)).contains("test");
  }
}
