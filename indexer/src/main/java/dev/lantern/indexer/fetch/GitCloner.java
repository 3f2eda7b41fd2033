package dev.lantern.indexer.fetch;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.IndexStore;
import dev.lantern.core.policy.ArchiveLimits;
import dev.lantern.core.policy.GitUrlPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Clones one ref of a git repository over http(s) with JGit, after {@link GitUrlPolicy} allowed the
 * URL: one ref only, shallow (depth 1) wherever the server allows, no submodules, no redirects
 * (they could lead past the policy), within a time limit and a size cap. Then writes that commit's
 * tree (no {@code .git}) into the target. An optional token goes as basic auth ({@code
 * x-access-token}), only over https, and never into a URL or message.
 */
public final class GitCloner {
  private static final String WANT = "refs/lantern/want";
  private final GitUrlPolicy policy;
  private final Duration timeLimit;
  private final Optional<String> token;
  private final ArchiveLimits limits;

  /** Limits the checkout with {@link ArchiveLimits#defaults()}. */
  public GitCloner(GitUrlPolicy policy, Duration timeLimit, Optional<String> token) {
    this(policy, timeLimit, token, ArchiveLimits.defaults());
  }

  /**
   * @param limits bound the download (its total) and the checkout (files, total, per-file skip)
   */
  public GitCloner(
      GitUrlPolicy policy, Duration timeLimit, Optional<String> token, ArchiveLimits limits) {
    this.policy = policy;
    this.timeLimit = timeLimit;
    this.token = token.filter(t -> !t.isBlank());
    this.limits = limits;
  }

  /**
   * Clones {@code url} at {@code ref} (a branch, tag or commit id; the default branch when empty)
   * into {@code target}, which must not exist or be empty, and returns the commit id. On failure
   * {@code target} is removed.
   *
   * @throws LanternException {@code URL_REFUSED}, {@code GIT_REF_NOT_FOUND}, {@code EMPTY_SOURCE},
   *     {@code TIMEOUT}, {@code ARCHIVE_TOO_LARGE} or {@code GIT_FAILED}
   */
  public String cloneInto(String url, Optional<String> ref, Path target) {
    // 1. Validate: policy first, so nothing is contacted for a refused URL.
    URI uri = policy.check(url);
    String shown = GitUrlPolicy.redact(uri);
    if (token.isPresent() && !"https".equalsIgnoreCase(uri.getScheme())) {
      throw new LanternException(
          ErrorCode.URL_REFUSED, "a git token is only sent over https (got " + shown + ")");
    }
    ZipExtractor.requireEmpty(target);
    Path abs = target.toAbsolutePath();
    Path gitDir = abs.resolveSibling(abs.getFileName() + ".git");
    CloneWatchdog watchdog =
        new CloneWatchdog(timeLimit, gitDir.resolve("objects"), limits.maxTotalBytes());
    try (Git git = Git.init().setBare(true).setDirectory(gitDir.toFile()).call()) {
      configure(git.getRepository().getConfig());
      // 2. Fetch the one commit wanted, then 3. write its tree.
      ObjectId commit = fetch(git, uri.toString(), ref, shown, watchdog);
      new BareRepoExporter(limits).export(git.getRepository(), commit, target);
      return commit.name();
    } catch (LanternException e) {
      throw ZipExtractor.cleanUp(target, e);
    } catch (GitAPIException | IOException | RuntimeException e) {
      throw ZipExtractor.cleanUp(target, failure(e, shown, watchdog));
    } finally {
      IndexStore.deleteTree(gitDir);
    }
  }

  /** No background gc (it would race the deletion), no redirects, no reflogs. */
  private static void configure(StoredConfig config) throws IOException {
    config.setInt("gc", null, "auto", 0);
    config.setInt("gc", null, "autoPackLimit", 0);
    config.setBoolean("gc", null, "autoDetach", false);
    config.setString("http", null, "followRedirects", "false");
    config.setBoolean("core", null, "logAllRefUpdates", false);
    config.save();
  }

  private ObjectId fetch(
      Git git, String url, Optional<String> ref, String shown, CloneWatchdog watchdog)
      throws GitAPIException, IOException {
    CredentialsProvider credentials =
        token.map(t -> new UsernamePasswordCredentialsProvider("x-access-token", t)).orElse(null);
    // The URL itself, not a named remote: a user's url.*.insteadOf must not rewrite it.
    Collection<Ref> advertised =
        git.lsRemote()
            .setRemote(url)
            .setCredentialsProvider(credentials)
            .setTimeout(watchdog.secondsLeft())
            .call();
    RemoteRefs.Want want = RemoteRefs.choose(advertised, ref, shown);
    Repository repo = git.getRepository();
    if (want instanceof RemoteRefs.Named named) {
      fetch(git, url, credentials, watchdog, true, "+" + named.refName() + ":" + WANT);
      return resolve(repo, WANT, ref.orElse("HEAD"), shown);
    }
    RemoteRefs.ById byId = (RemoteRefs.ById) want;
    if (byId.complete()) {
      try {
        // JGit fetches the object of an id refspec but creates no ref for it: resolve the id.
        fetch(git, url, credentials, watchdog, true, byId.sha() + ":" + WANT);
        return resolve(repo, byId.sha(), byId.sha(), shown);
      } catch (TransportException | LanternException e) {
        if (watchdog.timedOut() || watchdog.tooLarge()) {
          throw e;
        }
        // the server refuses wants by id: fall back to every branch and tag, full depth
      }
    }
    fetch(
        git,
        url,
        credentials,
        watchdog,
        false,
        "+refs/heads/*:refs/remotes/origin/*",
        "+refs/tags/*:refs/tags/*");
    try {
      return resolve(repo, byId.sha(), byId.sha(), shown);
    } catch (AmbiguousObjectException e) {
      throw new LanternException(
          ErrorCode.BAD_REQUEST,
          "'" + byId.sha() + "' matches several commits in " + shown + "; give more of its id");
    }
  }

  private static void fetch(
      Git git,
      String url,
      CredentialsProvider credentials,
      CloneWatchdog watchdog,
      boolean shallow,
      String... specs)
      throws GitAPIException {
    var fetch =
        git.fetch()
            .setRemote(url)
            .setRefSpecs(java.util.Arrays.stream(specs).map(RefSpec::new).toList())
            .setTagOpt(TagOpt.NO_TAGS)
            .setCredentialsProvider(credentials)
            .setTimeout(watchdog.secondsLeft())
            .setProgressMonitor(watchdog);
    if (shallow) {
      fetch.setDepth(1);
    }
    fetch.call();
  }

  private static ObjectId resolve(Repository repo, String rev, String asked, String shown)
      throws IOException {
    ObjectId id = repo.resolve(rev + "^{commit}");
    if (id == null) {
      throw RemoteRefs.notFound(asked, shown);
    }
    return id;
  }

  private LanternException failure(Exception e, String shown, CloneWatchdog watchdog) {
    if (watchdog.timedOut()) {
      return new LanternException(
          ErrorCode.TIMEOUT,
          "cloning " + shown + " took longer than the limit of " + seconds(timeLimit),
          e);
    }
    if (watchdog.tooLarge()) {
      return new LanternException(
          ErrorCode.ARCHIVE_TOO_LARGE,
          "the download of "
              + shown
              + " grew past "
              + ByteSizes.format(limits.maxTotalBytes())
              + "; the limit is "
              + ByteSizes.format(limits.maxTotalBytes()),
          e);
    }
    return new LanternException(
        ErrorCode.GIT_FAILED, "cannot clone " + shown + ": " + GitFailures.describe(e), e);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
