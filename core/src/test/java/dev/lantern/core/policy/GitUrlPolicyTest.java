package dev.lantern.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitUrlPolicyTest {
  /** Name resolution as a table, so the test needs no DNS. */
  private static final Map<String, String> DNS =
      Map.of(
          "github.com", "140.82.121.4",
          "gitlab.com", "172.65.251.78",
          "evil.example", "169.254.169.254",
          "inside.example", "10.0.0.5",
          "mapped.example", "::ffff:10.0.0.1",
          "ula.example", "fd12:3456::1",
          "cgnat.example", "100.64.1.1",
          "public.example", "93.184.216.34");

  private static GitUrlPolicy policy(boolean http, List<String> hosts, boolean allowPrivate) {
    return new GitUrlPolicy(
        http,
        hosts,
        allowPrivate,
        host -> {
          try {
            return List.of(InetAddress.getByName(DNS.getOrDefault(host, "127.0.0.1")));
          } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void refused(GitUrlPolicy p, String url, String message) {
    assertThatThrownBy(() -> p.check(url))
        .isInstanceOf(LanternException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LanternException) e).code()).isEqualTo(ErrorCode.URL_REFUSED));
  }

  @Test
  void defaultsAcceptPublicHttpsHostsOnTheList() {
    GitUrlPolicy p = policy(false, List.of("github.com", "gitlab.com"), false);
    assertThat(p.check("https://github.com/psf/requests.git").getHost()).isEqualTo("github.com");
    assertThat(p.check("https://gitlab.com/a/b").getPath()).isEqualTo("/a/b");
  }

  @Test
  void refusesWhatCouldLeakOrReachInside() {
    GitUrlPolicy p =
        policy(
            false,
            List.of(
                "github.com",
                "evil.example",
                "inside.example",
                "mapped.example",
                "ula.example",
                "cgnat.example",
                "localhost"),
            false);
    refused(
        p,
        "http://github.com/a/b",
        "only https:// git URLs are accepted (got http://github.com/a/b)");
    refused(p, "file:///etc/passwd", "only https://");
    refused(p, "ssh://git@github.com/a/b", "only https://");
    refused(p, "https://user:secret@github.com/a/b", "must not contain credentials");
    refused(
        p, "https://example.org/a/b", "git host example.org is not on the allow-list (github.com");
    refused(
        p, "https://evil.example/a", "resolves to 169.254.169.254, a private or internal address");
    refused(p, "https://inside.example/a", "resolves to 10.0.0.5");
    refused(p, "https://mapped.example/a", "private or internal");
    refused(p, "https://ula.example/a", "private or internal");
    refused(p, "https://cgnat.example/a", "private or internal");
    refused(p, "https://localhost/a", "resolves to 127.0.0.1");
    refused(p, "not a url at all", "not a valid URL");
  }

  @Test
  void eachRuleCanBeRelaxedByConfiguration() {
    GitUrlPolicy open = policy(true, List.of("*"), true);
    assertThat(open.check("http://inside.example/repo.git").getHost()).isEqualTo("inside.example");
    assertThat(policy(false, List.of("*"), false).check("https://public.example/x").getHost())
        .isEqualTo("public.example");
    refused(policy(false, List.of("*"), false), "https://inside.example/x", "private or internal");
  }

  @Test
  void secretsNeverAppearInMessages() {
    GitUrlPolicy p = policy(true, List.of("github.com"), false);
    assertThatThrownBy(() -> p.check("https://x-access-token:ghp_SECRET@github.com/a/b"))
        .message()
        .doesNotContain("ghp_SECRET");
  }
}
