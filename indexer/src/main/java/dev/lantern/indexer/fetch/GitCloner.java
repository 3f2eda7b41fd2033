package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.policy.GitUrlPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.BatchingProgressMonitor;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Clones one ref of a git repository over http(s) with JGit, after the URL policy allowed it:
 * shallow (depth 1) for branches, tags and commits the server lets us fetch directly, no
 * submodules, within a time limit. Then exports that commit's tree (no .git) into the target.
 */
public final class GitCloner {
  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,40}");
  private final GitUrlPolicy policy;
  private final Duration timeLimit;
  private final Optional<String> token;

  public GitCloner(GitUrlPolicy policy, Duration timeLimit, Optional<String> token) {
    this.policy = policy;
    this.timeLimit = timeLimit;
    this.token = token;
  }

  /**
   * Clones {@code url} at {@code ref} (default branch when empty) into {@code target}; returns the
   * commit id.
   */
  public String cloneInto(String url, Optional<String> ref, Path target) {
    URI uri = policy.check(url);
    String shown = GitUrlPolicy.redact(uri);
    Path gitDir = target.resolveSibling(target.getFileName() + ".git");
    Watchdog watchdog = new Watchdog(timeLimit);
    try (Git git = Git.init().setBare(true).setDirectory(gitDir.toFile()).call()) {
      Repository repo = git.getRepository();
      repo.getConfig().setString("remote", "origin", "url", uri.toString());
      repo.getConfig().save();
      ObjectId commit = fetch(git, ref, shown, watchdog);
      new BareRepoExporter().export(gitDir, commit.name(), target);
      return commit.name();
    } catch (LanternException e) {
      IndexStore.deleteTree(target);
      throw e;
    } catch (GitAPIException | IOException | RuntimeException e) {
      IndexStore.deleteTree(target);
      if (watchdog.expired()) {
        throw new LanternException(
            ErrorCode.TIMEOUT,
            "cloning "
                + shown
                + " took longer than "
                + timeLimit.toSeconds()
                + "s; the limit is "
                + timeLimit.toSeconds()
                + "s");
      }
      throw new LanternException(
          ErrorCode.GIT_FAILED, "cannot clone " + shown + ": " + describe(e));
    } finally {
      IndexStore.deleteTree(gitDir);
    }
  }

  private ObjectId fetch(Git git, Optional<String> ref, String shown, Watchdog watchdog)
      throws GitAPIException, IOException {
    Repository repo = git.getRepository();
    CredentialsProvider credentials =
        token.map(t -> new UsernamePasswordCredentialsProvider("x-access-token", t)).orElse(null);
    // 1. Which refs does the remote have?
    var remote =
        git.lsRemote()
            .setRemote("origin")
            .setCredentialsProvider(credentials)
            .setTimeout(timeoutSeconds())
            .call();
    if (remote.isEmpty()) {
      throw new LanternException(
          ErrorCode.EMPTY_SOURCE, "the repository at " + shown + " has no commits");
    }
    String want = ref.orElse(null);
    RefSpec spec;
    if (want == null) {
      Ref head =
          remote.stream()
              .filter(r -> r.getName().equals(Constants.HEAD))
              .findFirst()
              .orElseThrow(
                  () ->
                      new LanternException(
                          ErrorCode.EMPTY_SOURCE,
                          "the repository at " + shown + " has no default branch"));
      spec =
          new RefSpec(
              "+"
                  + (head.isSymbolic() ? head.getTarget().getName() : Constants.HEAD)
                  + ":refs/lantern/want");
    } else {
      Optional<Ref> named =
          remote.stream()
              .filter(
                  r ->
                      r.getName().equals(Constants.R_HEADS + want)
                          || r.getName().equals(Constants.R_TAGS + want)
                          || r.getName().equals(want))
              .findFirst();
      if (named.isPresent()) {
        spec = new RefSpec("+" + named.get().getName() + ":refs/lantern/want");
      } else if (SHA.matcher(want).matches()) {
        return fetchCommit(git, want, shown, credentials, watchdog);
      } else {
        throw notFound(want, shown);
      }
    }
    // 2. Shallow fetch of that one ref.
    git.fetch()
        .setRemote("origin")
        .setRefSpecs(spec)
        .setDepth(1)
        .setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS)
        .setCredentialsProvider(credentials)
        .setTimeout(timeoutSeconds())
        .setProgressMonitor(watchdog)
        .call();
    ObjectId id = repo.resolve("refs/lantern/want^{commit}");
    if (id == null) {
      throw notFound(want == null ? "HEAD" : want, shown);
    }
    return id;
  }

  /** A commit by id: shallow when the server allows fetching it directly, else the full history. */
  private ObjectId fetchCommit(
      Git git, String sha, String shown, CredentialsProvider credentials, Watchdog watchdog)
      throws GitAPIException, IOException {
    Repository repo = git.getRepository();
    if (sha.length() == 40) {
      try {
        git.fetch()
            .setRemote("origin")
            .setRefSpecs(new RefSpec(sha + ":refs/lantern/want"))
            .setDepth(1)
            .setCredentialsProvider(credentials)
            .setTimeout(timeoutSeconds())
            .setProgressMonitor(watchdog)
            .call();
        ObjectId id = repo.resolve("refs/lantern/want^{commit}");
        if (id != null) {
          return id;
        }
      } catch (TransportException e) {
        // the server refuses wants by id: fall back to fetching every branch and tag
      }
    }
    git.fetch()
        .setRemote("origin")
        .setRefSpecs(
            new RefSpec("+refs/heads/*:refs/remotes/origin/*"),
            new RefSpec("+refs/tags/*:refs/tags/*"))
        .setCredentialsProvider(credentials)
        .setTimeout(timeoutSeconds())
        .setProgressMonitor(watchdog)
        .call();
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId id = repo.resolve(sha + "^{commit}");
      if (id == null) {
        throw notFound(sha, shown);
      }
      RevCommit c = walk.parseCommit(id);
      return c.getId();
    } catch (org.eclipse.jgit.errors.AmbiguousObjectException e) {
      throw new LanternException(
          ErrorCode.BAD_REQUEST, "'" + sha + "' matches several commits; give more of its id");
    }
  }

  private int timeoutSeconds() {
    return (int) Math.max(1, timeLimit.toSeconds());
  }

  private static LanternException notFound(String ref, String shown) {
    return new LanternException(
        ErrorCode.GIT_REF_NOT_FOUND, "branch, tag or commit '" + ref + "' not found in " + shown);
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.replaceAll("://[^/@\\s]+@", "://");
  }

  /** Cancels the transfer through JGit's progress monitor once the time limit has passed. */
  private static final class Watchdog extends BatchingProgressMonitor implements ProgressMonitor {
    private final long deadline;
    private final AtomicBoolean expired = new AtomicBoolean();

    Watchdog(Duration limit) {
      this.deadline = System.nanoTime() + limit.toNanos();
    }

    boolean expired() {
      return expired.get() || System.nanoTime() > deadline;
    }

    @Override
    public boolean isCancelled() {
      if (System.nanoTime() > deadline) {
        expired.set(true);
        return true;
      }
      return false;
    }

    @Override
    protected void onUpdate(String taskName, int workCurr, Duration duration) {}

    @Override
    protected void onEndTask(String taskName, int workCurr, Duration duration) {}

    @Override
    protected void onUpdate(
        String taskName, int workCurr, int workTotal, int percentDone, Duration duration) {}

    @Override
    protected void onEndTask(
        String taskName, int workCurr, int workTotal, int percentDone, Duration duration) {}
  }

  static boolean exists(Path p) {
    return Files.exists(p);
  }
}
