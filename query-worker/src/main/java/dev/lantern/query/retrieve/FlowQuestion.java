package dev.lantern.query.retrieve;

import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question that asks for a sequence of steps rather than one place: "what happens when a request
 * comes in?", "walk me through login", "what is the lifecycle of a session?". Its best answer opens
 * where the steps are driven from, the function that calls the others.
 */
final class FlowQuestion {
  private static final int MAX_CHARS = 200;

  /**
   * Asking for the steps themselves. "Control flow" or "lifecycle" inside a question about one
   * place ("where does the control flow in X branch?") is not such a request.
   */
  private static final Pattern ASKS =
      Pattern.compile(
          "^\\s*what\\s+happens\\s+(?:when|if|after|before|once|while|during)\\b"
              + "|\\bwalk\\s+(?:me\\s+|us\\s+)?through\\b"
              + "|\\bstep\\s+by\\s+step\\b"
              + "|\\bend\\s+to\\s+end\\b"
              + "|^\\s*how\\s+(?:does|do|is|are)\\s+.{1,60}?\\s+(?:flow|pass|travel)(?:ed)?\\s+through\\b"
              + "|^\\s*(?:what\\s+is|describe|explain)\\s+the\\s+"
              + "(?:flow|sequence\\s+of\\s+(?:calls|steps|events)|life\\s*-?cycle)\\s+of\\b",
          Pattern.CASE_INSENSITIVE);

  /** Places weighed for the lead. */
  static final int PLACES = 10;

  /** Calls of each place looked at. */
  static final int CALLEES = 30;

  private FlowQuestion() {}

  static boolean asks(String question) {
    String q = question.strip();
    return q.length() <= MAX_CHARS && q.indexOf('\n') < 0 && ASKS.matcher(q).find();
  }

  /**
   * The places with the one that calls most of the others first: flask's "what happens when a
   * request comes in?" finds {@code preprocess_request}, {@code finalize_request} and {@code
   * full_dispatch_request}, and the last drives the other two. Only the first {@link #PLACES}
   * places count, and only functions of the product's code. When none calls two others, the first
   * that calls the best place leads; unchanged when there is none.
   */
  static List<Location> drivenFrom(List<Location> locations, IndexCallees callees) {
    List<Location> head = locations.subList(0, Math.min(PLACES, locations.size()));
    int best = -1;
    long bestDriven = 1;
    for (int i = 0; i < head.size(); i++) {
      Location l = head.get(i);
      if (!"function".equals(l.kind()) || FileRole.of(l.path()) != FileRole.CODE) {
        continue;
      }
      List<Location> calls = callees.calleesOf(l, CALLEES);
      long driven =
          head.stream().filter(o -> o != l && calls.stream().anyMatch(o::overlaps)).count();
      if (driven > bestDriven) {
        best = i;
        bestDriven = driven;
      }
    }
    // No place drives two others: the one that calls the best match drives it ("what happens
    // when a request is made?" found axios's cancellation check, called from dispatchRequest).
    if (best < 0 && !head.isEmpty()) {
      Location top = head.get(0);
      for (int i = 1; i < head.size() && best < 0; i++) {
        Location l = head.get(i);
        if ("function".equals(l.kind())
            && FileRole.of(l.path()) == FileRole.CODE
            && callees.calleesOf(l, CALLEES).stream().anyMatch(top::overlaps)) {
          best = i;
        }
      }
    }
    if (best <= 0) {
      return locations;
    }
    List<Location> out = new ArrayList<>(locations);
    out.add(0, out.remove(best));
    return out;
  }
}
