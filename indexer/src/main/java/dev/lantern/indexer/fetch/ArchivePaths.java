package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Entry names of an archive, judged before anything is written: names that could land outside the
 * target (zip-slip) are refused, and the single top folder of a GitHub-style download is found.
 */
final class ArchivePaths {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private ArchivePaths() {}

  /**
   * The entry name with {@code /} separators. Backslashes count as separators, as on Windows, so
   * that {@code ..\evil} is judged as the traversal it is there. Refuses {@code ..} segments,
   * absolute and UNC paths, drive letters and NUL characters with {@code ARCHIVE_UNSAFE}.
   */
  static String safe(String raw) {
    String name = raw.replace('\\', '/');
    if (name.isEmpty()
        || name.startsWith("/")
        || DRIVE.matcher(name).matches()
        || name.indexOf('\0') >= 0) {
      throw unsafe(raw);
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw unsafe(raw);
      }
    }
    return name;
  }

  /** "repo-main/" when every name lies under that one folder (GitHub downloads), else "". */
  static String commonFolder(List<String> names) {
    String prefix = null;
    for (String n : names) {
      int slash = n.indexOf('/');
      if (slash <= 0) {
        return "";
      }
      String first = n.substring(0, slash + 1);
      if (prefix == null) {
        prefix = first;
      } else if (!prefix.equals(first)) {
        return "";
      }
    }
    return prefix == null ? "" : prefix;
  }

  static LanternException unsafe(String name) {
    return new LanternException(
        ErrorCode.ARCHIVE_UNSAFE,
        "archive entry '"
            + name.replace("\0", "\\0")
            + "' points outside the archive (zip-slip); refusing to extract it");
  }
}
