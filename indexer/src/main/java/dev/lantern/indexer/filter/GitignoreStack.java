package dev.lantern.indexer.filter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} rules in force at the current point of a depth-first walk: one JGit {@link
 * IgnoreNode} per directory entered, deepest first, with the root's {@code .git/info/exclude} below
 * them all, matching git's precedence. Not thread-safe: one per walk.
 */
final class GitignoreStack {
  /** A .gitignore is a few KB; reading more would only let a hostile one exhaust memory. */
  private static final int MAX_RULES_BYTES = 1 << 20;

  private record Level(String base, IgnoreNode node) {}

  private final Deque<Level> levels = new ArrayDeque<>();

  /** Enters directory {@code dir} ({@code rel} from the root, "" for the root itself). */
  void enter(Path dir, String rel) {
    if (rel.isEmpty()) {
      push(rel, dir.resolve(".git").resolve("info").resolve("exclude"));
    }
    push(rel, dir.resolve(".gitignore"));
  }

  /** Leaves directory {@code rel}, dropping its rules. */
  void leave(String rel) {
    while (!levels.isEmpty() && levels.peek().base.equals(rel)) {
      levels.pop();
    }
  }

  /** Whether {@code rel} (from the root) is ignored; the deepest rule that matches decides. */
  boolean isIgnored(String rel, boolean directory) {
    for (Level level : levels) {
      String sub;
      if (level.base.isEmpty()) {
        sub = rel;
      } else if (rel.length() > level.base.length()
          && rel.startsWith(level.base)
          && rel.charAt(level.base.length()) == '/') {
        sub = rel.substring(level.base.length() + 1);
      } else {
        continue;
      }
      IgnoreNode.MatchResult m = level.node.isIgnored(sub, directory);
      if (m == IgnoreNode.MatchResult.IGNORED) {
        return true;
      }
      if (m == IgnoreNode.MatchResult.NOT_IGNORED) {
        return false;
      }
    }
    return false;
  }

  private void push(String base, Path rules) {
    if (!Files.isRegularFile(rules, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(rules, LinkOption.NOFOLLOW_LINKS)) {
      node.parse(new ByteArrayInputStream(in.readNBytes(MAX_RULES_BYTES)));
    } catch (IOException e) {
      return; // unreadable rules ignore nothing, as in git
    }
    if (!node.getRules().isEmpty()) {
      levels.push(new Level(base, node));
    }
  }
}
