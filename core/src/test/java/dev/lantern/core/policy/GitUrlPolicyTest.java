package dev.lantern.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitUrlPolicyTest {
  /** Name resolution as a table, so the test needs no DNS; unknown names do not resolve. */
  private static final Map<String, List<String>> DNS =
      Map.ofEntries(
          Map.entry("github.com", List.of("140.82.121.4")),
          Map.entry("gitlab.com", List.of("172.65.251.78")),
          Map.entry("codeberg.org", List.of("217.197.91.145", "2001:67c:1401:20f0::1")),
          Map.entry("bitbucket.org", List.of("104.192.141.1")),
          Map.entry("public.example", List.of("93.184.216.34")),
          Map.entry("metadata.example", List.of("169.254.169.254")),
          Map.entry("inside.example", List.of("10.0.0.5")),
          Map.entry("office.example", List.of("192.168.1.20")),
          Map.entry("docker.example", List.of("172.17.0.2")),
          Map.entry("cgnat.example", List.of("100.64.1.1")),
          Map.entry("zero.example", List.of("0.0.0.0")),
          Map.entry("multicast.example", List.of("224.0.0.1")),
          Map.entry("ula.example", List.of("fd12:3456::1")),
          Map.entry("aws-v6-metadata.example", List.of("fd00:ec2::254")),
          Map.entry("v6-loopback.example", List.of("::1")),
          Map.entry("v6-linklocal.example", List.of("fe80::1")),
          Map.entry("mapped.example", List.of("::ffff:a00:1")),
          Map.entry("nat64.example", List.of("64:ff9b::a9fe:a9fe")),
          Map.entry("sixtofour.example", List.of("2002:7f00:1::")),
          Map.entry("split.example", List.of("93.184.216.34", "10.1.2.3")),
          Map.entry("localhost", List.of("127.0.0.1")));

  /**
   * The table, with IP literals resolving to themselves as with the system resolver. IPv4-mapped
   * results are built as Inet6Address, as a resolver may return them (getByName would unwrap).
   */
  private static List<InetAddress> resolve(String host) {
    List<InetAddress> out = new ArrayList<>();
    List<String> literals =
        host.matches("[0-9.]+|.*:.*") ? List.of(host) : DNS.getOrDefault(host, List.of());
    for (String literal : literals) {
      try {
        InetAddress a = InetAddress.getByName(literal);
        if (literal.startsWith("::ffff:")) {
          byte[] v6 = new byte[16];
          v6[10] = (byte) 0xff;
          v6[11] = (byte) 0xff;
          System.arraycopy(a.getAddress(), 0, v6, 12, 4);
          a = java.net.Inet6Address.getByAddress(null, v6, -1);
        }
        out.add(a);
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  private static final GitUrlPolicy DEFAULTS =
      new GitUrlPolicy(false, GitUrlPolicy.DEFAULT_HOSTS, false, GitUrlPolicyTest::resolve);
  private static final GitUrlPolicy ANY_PUBLIC_HOST =
      new GitUrlPolicy(false, List.of("*"), false, GitUrlPolicyTest::resolve);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://github.com/psf/requests.git    | github.com
          https://GitHub.com./psf/requests       | GitHub.com.
          https://gitlab.com/a/b                 | gitlab.com
          https://bitbucket.org/a/b              | bitbucket.org
          https://codeberg.org/forgejo/forgejo   | codeberg.org
          """)
  void theDefaultPolicyAcceptsHttpsOnTheFourPublicForges(String url, String host) {
    assertThat(DEFAULTS.check(url).getHost()).isEqualTo(host);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          http://github.com/a/b           | only https:// git URLs are accepted (got http://github.com/a/b); set LANTERN_GIT_ALLOW_HTTP=true
          file:///etc/passwd              | only https:// git URLs are accepted (got file://)
          ssh://git@github.com/a/b        | only https:// git URLs are accepted (got ssh://)
          git@github.com:a/b.git          | only https:// git URLs are accepted (got an ssh address, github.com:a/b.git)
          github.com/a/b                  | only https:// git URLs are accepted (got no scheme)
          https://user:secret@github.com/a | git URLs must not contain credentials (got https://github.com/a); pass a token separately
          https://github.com@evil.example/ | git URLs must not contain credentials
          https://example.org/a/b         | git host example.org is not on the allow-list (github.com, gitlab.com, bitbucket.org, codeberg.org); set LANTERN_GIT_HOSTS to allow it
          https://www.github.com/a/b      | git host www.github.com is not on the allow-list
          https:///a/b                    | has no host
          not a url at all                | 'not a url at all' is not a valid URL
          """)
  void theDefaultPolicyRefuses(String url, String message) {
    assertRefused(DEFAULTS, url, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://metadata.example/x        | git host metadata.example resolves to 169.254.169.254, a link-local address (where cloud metadata services live); refusing (server-side request forgery protection)
          https://inside.example/x          | git host inside.example resolves to 10.0.0.5, a private address; refusing (server-side request forgery protection); set LANTERN_GIT_ALLOW_PRIVATE=true
          https://office.example/x          | resolves to 192.168.1.20, a private address
          https://docker.example/x          | resolves to 172.17.0.2, a private address
          https://cgnat.example/x           | resolves to 100.64.1.1, a carrier-grade NAT address
          https://zero.example/x            | resolves to 0.0.0.0, an unspecified
          https://multicast.example/x       | a multicast address
          https://localhost/x               | resolves to 127.0.0.1, a loopback address
          https://127.0.0.1/x               | resolves to 127.0.0.1, a loopback address
          https://2130706433/x              | resolves to 127.0.0.1, a loopback address
          https://[::1]/x                   | a loopback address
          https://v6-loopback.example/x     | a loopback address
          https://v6-linklocal.example/x    | a link-local address
          https://ula.example/x             | a unique local (private) address
          https://aws-v6-metadata.example/x | resolves to fd00:ec2:0:0:0:0:0:254, a unique local (private) address
          https://mapped.example/x          | a private address (inside an IPv6 address)
          https://nat64.example/x           | a link-local address (where cloud metadata services live) (inside an IPv6 address)
          https://sixtofour.example/x       | a loopback address (inside an IPv6 address)
          https://split.example/x           | resolves to 10.1.2.3, a private address
          https://nowhere.example/x         | git host nowhere.example could not be resolved
          """)
  void withAnyHostAllowedInternalAddressesAreStillRefused(String url, String message) {
    assertRefused(ANY_PUBLIC_HOST, url, message);
  }

  private static InetAddress literal(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void eachRuleCanBeRelaxedByConfiguration() {
    GitUrlPolicy open = new GitUrlPolicy(true, List.of("*"), true, GitUrlPolicyTest::resolve);
    assertThat(open.check("http://inside.example/repo.git").getHost()).isEqualTo("inside.example");
    assertThat(open.check("https://metadata.example/r").getPath()).isEqualTo("/r");
    assertThat(ANY_PUBLIC_HOST.check("https://public.example/x").getHost())
        .isEqualTo("public.example");
    GitUrlPolicy listed =
        new GitUrlPolicy(
            false, List.of("Git.Example.COM"), false, h -> List.of(literal("8.8.8.8")));
    assertThat(listed.check("https://git.example.com/a").getHost()).isEqualTo("git.example.com");
    // http allowed does not open the other doors
    GitUrlPolicy httpOnly = new GitUrlPolicy(true, List.of("*"), false, GitUrlPolicyTest::resolve);
    assertRefused(httpOnly, "http://inside.example/x", "a private address");
    assertRefused(httpOnly, "ftp://public.example/x", "only https://");
  }

  @Test
  void theAllowListIsCheckedBeforeAnyNameIsResolved() {
    List<String> asked = new ArrayList<>();
    GitUrlPolicy p =
        new GitUrlPolicy(
            false,
            GitUrlPolicy.DEFAULT_HOSTS,
            false,
            h -> {
              asked.add(h);
              return resolve(h);
            });
    assertRefused(p, "https://inside.example/x", "not on the allow-list");
    assertThat(asked).isEmpty();
  }

  @Test
  void secretsNeverAppearInMessages() {
    for (String url :
        List.of(
            "https://x-access-token:ghp_SECRET@github.com/a/b",
            "http://x-access-token:ghp_SECRET@github.com/a/b",
            "https://ghp_SECRET@example.org/a")) {
      assertThatThrownBy(() -> DEFAULTS.check(url)).message().doesNotContain("ghp_SECRET");
    }
  }

  private static void assertRefused(GitUrlPolicy p, String url, String message) {
    assertThatThrownBy(() -> p.check(url))
        .isInstanceOf(LanternException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.URL_REFUSED));
  }
}
