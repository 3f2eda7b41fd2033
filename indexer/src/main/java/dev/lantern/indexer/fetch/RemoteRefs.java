package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;

/**
 * Decides what to fetch for what the user asked for, from the refs a remote advertises: the default
 * branch, a branch (preferred, as {@code git clone --branch} does) or tag by name, or a commit by
 * id — through an advertised ref pointing at it when there is one, since servers allow shallow
 * fetches of refs more readily than of bare ids.
 */
final class RemoteRefs {
  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,40}");

  private RemoteRefs() {}

  /** What to fetch. */
  sealed interface Want permits Named, ById {}

  /** An advertised ref, fetched shallow. */
  record Named(String refName) implements Want {}

  /** A commit id no advertised ref points at. */
  record ById(String sha) implements Want {
    boolean complete() {
      return sha.length() == Constants.OBJECT_ID_STRING_LENGTH;
    }
  }

  static Want choose(Collection<Ref> advertised, Optional<String> ref, String shown) {
    if (advertised.isEmpty()) {
      throw new LanternException(
          ErrorCode.EMPTY_SOURCE, "the repository has no commits (" + shown + ")");
    }
    Map<String, Ref> byName =
        advertised.stream()
            .collect(Collectors.toMap(Ref::getName, Function.identity(), (a, b) -> a));
    if (ref.isEmpty() || ref.get().isBlank()) {
      return defaultBranch(byName, shown);
    }
    String want = ref.get().strip();
    for (String name : new String[] {want, Constants.R_HEADS + want, Constants.R_TAGS + want}) {
      if (name.startsWith(Constants.R_REFS) && byName.containsKey(name)) {
        return new Named(name);
      }
    }
    if (SHA.matcher(want).matches()) {
      String lower = want.toLowerCase(Locale.ROOT);
      for (Ref r : advertised) {
        if (r.getName().startsWith(Constants.R_REFS)
            && (startsWith(r.getObjectId(), lower) || startsWith(r.getPeeledObjectId(), lower))) {
          return new Named(r.getName());
        }
      }
      return new ById(lower);
    }
    throw notFound(want, shown);
  }

  private static Want defaultBranch(Map<String, Ref> byName, String shown) {
    Ref head = byName.get(Constants.HEAD);
    if (head != null) {
      return new Named(head.isSymbolic() ? head.getTarget().getName() : Constants.HEAD);
    }
    for (String fallback : new String[] {"main", "master"}) {
      if (byName.containsKey(Constants.R_HEADS + fallback)) {
        return new Named(Constants.R_HEADS + fallback);
      }
    }
    throw new LanternException(
        ErrorCode.GIT_REF_NOT_FOUND,
        "the repository has no default branch (" + shown + "); name a branch, tag or commit");
  }

  private static boolean startsWith(ObjectId id, String prefix) {
    return id != null && id.name().startsWith(prefix);
  }

  static LanternException notFound(String ref, String shown) {
    return new LanternException(
        ErrorCode.GIT_REF_NOT_FOUND, "branch, tag or commit '" + ref + "' not found in " + shown);
  }
}
