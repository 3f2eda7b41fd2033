package dev.lantern.core.policy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which git URLs Lantern may fetch (DESIGN §4 Validate): https only unless http is allowed, hosts
 * on an allow-list ({@code *} for any public host), no credentials inside URLs, and no host that
 * resolves to a private, loopback, link-local or otherwise internal address unless allowed — a
 * server-side request forgery defence.
 */
public final class GitUrlPolicy {
  private final boolean allowHttp;
  private final List<String> hosts;
  private final boolean allowPrivate;
  private final Function<String, List<InetAddress>> resolver;

  public GitUrlPolicy(
      boolean allowHttp,
      List<String> hosts,
      boolean allowPrivate,
      Function<String, List<InetAddress>> resolver) {
    this.allowHttp = allowHttp;
    this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public GitUrlPolicy(boolean allowHttp, List<String> hosts, boolean allowPrivate) {
    this(allowHttp, hosts, allowPrivate, GitUrlPolicy::resolve);
  }

  private static List<InetAddress> resolve(String host) {
    try {
      return Arrays.asList(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      throw refused("git host " + host + " could not be resolved");
    }
  }

  /** Returns the URL parsed when it may be fetched; throws {@code URL_REFUSED} saying why not. */
  public URI check(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw refused("'" + url + "' is not a valid URL");
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
              + (scheme.isEmpty() ? "no scheme" : scheme + ":")
              + ")");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(
          "git URLs must not contain credentials; pass a token separately (LANTERN_GIT_TOKEN)");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw refused("'" + redact(uri) + "' has no host");
    }
    host = host.toLowerCase(Locale.ROOT);
    if (!hosts.contains("*") && !hosts.contains(host)) {
      throw refused(
          "git host "
              + host
              + " is not on the allow-list ("
              + String.join(", ", hosts)
              + "); set LANTERN_GIT_HOSTS to allow it");
    }
    if (!allowPrivate) {
      for (InetAddress a : resolver.apply(host.replaceAll("^\\[|]$", ""))) {
        if (isInternal(a)) {
          throw refused(
              "git host "
                  + host
                  + " resolves to "
                  + a.getHostAddress()
                  + ", a private or internal address; refusing to fetch from it (server-side request forgery protection); "
                  + "set LANTERN_GIT_ALLOW_PRIVATE=true to allow it");
        }
      }
    }
    return uri;
  }

  /**
   * Loopback, private, link-local, CGNAT, unspecified, multicast, ULA, and mapped forms of them.
   */
  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff, second = b[1] & 0xff;
      return first == 0
          || first == 127
          || (first == 100 && second >= 64 && second < 128)
          || (first == 169 && second == 254)
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
          || first >= 240;
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7
      }
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  /** The URL without user-info, fit for messages and logs. */
  public static String redact(URI uri) {
    return uri.getRawUserInfo() == null
        ? uri.toString()
        : uri.toString().replace(uri.getRawUserInfo() + "@", "");
  }

  private static LanternException refused(String message) {
    return new LanternException(ErrorCode.URL_REFUSED, message);
  }
}
