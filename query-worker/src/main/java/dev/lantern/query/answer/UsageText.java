package dev.lantern.query.answer;

import dev.lantern.query.overview.FileOverview;
import java.util.List;

/** "… is used from `a.py` (2 places), `b.py` (1 place). Tests that use it: t.py and 3 more." */
final class UsageText {
  private UsageText() {}

  /**
   * @param lead what is used, as the sentence opens ("What it defines is used from ")
   * @param none the sentence when no code file uses it
   */
  static String of(String lead, String none, List<FileOverview.Use> users, List<String> tests) {
    StringBuilder sb = new StringBuilder();
    if (users.isEmpty()) {
      sb.append(none);
    } else {
      List<String> uses =
          users.stream()
              .map(
                  u ->
                      "`"
                          + u.path()
                          + "` ("
                          + u.places()
                          + (u.places() == 1 ? " place" : " places")
                          + ")")
              .toList();
      sb.append(lead).append(String.join(", ", uses)).append('.');
    }
    if (!tests.isEmpty()) {
      sb.append(" Tests that use it: ")
          .append(Sentences.firstAndMore(tests, FileOverview.MAX_TESTS))
          .append('.');
    }
    return sb.toString();
  }
}
