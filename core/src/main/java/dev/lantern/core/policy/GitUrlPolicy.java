package dev.lantern.core.policy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which git URLs Lantern may fetch (DESIGN §4 Validate): https only unless http is allowed, hosts
 * on an allow-list ({@code *} for any public host), no credentials inside URLs (tokens travel
 * separately so they never reach logs), and no host that resolves to a loopback, private,
 * link-local or otherwise internal address unless allowed: a server-side request forgery defence.
 */
public final class GitUrlPolicy {
  /** Public forges accepted when nothing is configured. */
  public static final List<String> DEFAULT_HOSTS =
      List.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org");

  private final boolean allowHttp;
  private final List<String> hosts;
  private final boolean allowPrivate;
  private final Function<String, List<InetAddress>> resolver;

  /**
   * @param resolver host name to addresses; tests pass a table so they need no DNS. It may throw
   *     {@link LanternException}; an empty list means the host does not resolve.
   */
  public GitUrlPolicy(
      boolean allowHttp,
      List<String> hosts,
      boolean allowPrivate,
      Function<String, List<InetAddress>> resolver) {
    this.allowHttp = allowHttp;
    this.hosts = hosts.stream().map(GitUrlPolicy::normalHost).toList();
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** A policy resolving hosts with the system resolver. */
  public GitUrlPolicy(boolean allowHttp, List<String> hosts, boolean allowPrivate) {
    this(allowHttp, hosts, allowPrivate, GitUrlPolicy::systemResolve);
  }

  /** https only, {@link #DEFAULT_HOSTS}, public addresses only. */
  public static GitUrlPolicy defaults() {
    return new GitUrlPolicy(false, DEFAULT_HOSTS, false);
  }

  /** Returns the URL parsed when it may be fetched; throws {@code URL_REFUSED} saying why not. */
  public URI check(String url) {
    String trimmed = url.strip();
    if (trimmed.matches("^[\\w.-]+@[\\w.-]+:.*")) {
      throw refused(
          "only https:// git URLs are accepted (got an ssh address, "
              + trimmed.replaceFirst("^[^@]*@", "")
              + ")");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw refused("'" + redactText(trimmed) + "' is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") && !allowHttp) {
      throw refused(
          "only https:// git URLs are accepted (got "
              + redact(uri)
              + "); set LANTERN_GIT_ALLOW_HTTP=true to allow http");
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw refused(
          "only https:// git URLs are accepted (got "
              + (scheme.isEmpty() ? "no scheme" : scheme + "://")
              + ")");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(
          "git URLs must not contain credentials (got "
              + redact(uri)
              + "); pass a token separately (LANTERN_GIT_TOKEN)");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw refused("'" + redact(uri) + "' has no host");
    }
    String host = normalHost(uri.getHost());
    if (!hosts.contains("*") && !hosts.contains(host)) {
      throw refused(
          "git host "
              + host
              + " is not on the allow-list ("
              + String.join(", ", hosts)
              + "); set LANTERN_GIT_HOSTS to allow it");
    }
    if (!allowPrivate) {
      refuseInternal(host);
    }
    return uri;
  }

  private void refuseInternal(String host) {
    List<InetAddress> addresses = resolver.apply(host);
    if (addresses.isEmpty()) {
      throw refused("git host " + host + " could not be resolved");
    }
    // Every address, not just the first: a name with one public and one internal address would
    // let the connection pick the internal one.
    for (InetAddress a : addresses) {
      Optional<String> kind = InternalAddresses.kind(a);
      if (kind.isPresent()) {
        throw refused(
            "git host "
                + host
                + " resolves to "
                + a.getHostAddress()
                + ", "
                + kind.get()
                + "; refusing (server-side request forgery protection); "
                + "set LANTERN_GIT_ALLOW_PRIVATE=true to allow it");
      }
    }
  }

  /** The URL without user-info, fit for messages and logs. */
  public static String redact(URI uri) {
    return uri.getRawUserInfo() == null
        ? uri.toString()
        : uri.toString().replace(uri.getRawUserInfo() + "@", "");
  }

  /** Drops anything between "://" and "@" from text that did not parse as a URI. */
  private static String redactText(String text) {
    return text.replaceAll("://[^/@\\s]*@", "://");
  }

  /** Lower case, no IPv6 brackets, no trailing root dot ("GitHub.com." is github.com). */
  private static String normalHost(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") && h.length() > 1 ? h.substring(0, h.length() - 1) : h;
  }

  private static List<InetAddress> systemResolve(String host) {
    try {
      return Arrays.asList(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      return List.of();
    }
  }

  private static LanternException refused(String message) {
    return new LanternException(ErrorCode.URL_REFUSED, message);
  }
}
