package dev.lantern.core.policy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Says whether an address is one a server must not be talked into requesting (loopback, private,
 * link-local, carrier-grade NAT, reserved, multicast, IPv6 unique-local) and what kind it is, for
 * the refusal message. IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are
 * judged by the address they embed, since they reach it.
 */
final class InternalAddresses {
  private InternalAddresses() {}

  /** "a private address", "a loopback address", …; empty when the address is public. */
  static Optional<String> kind(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return ipv4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
    }
    if (a instanceof Inet6Address) {
      return ipv6(b);
    }
    return Optional.of("an address of unknown family");
  }

  private static Optional<String> ipv4(int first, int second, int third) {
    if (first == 127) {
      return Optional.of("a loopback address");
    }
    if (first == 10
        || (first == 172 && second >= 16 && second < 32)
        || (first == 192 && second == 168)) {
      return Optional.of("a private address");
    }
    if (first == 169 && second == 254) {
      return Optional.of("a link-local address (where cloud metadata services live)");
    }
    if (first == 100 && second >= 64 && second < 128) {
      return Optional.of("a carrier-grade NAT address");
    }
    if (first == 0) {
      return Optional.of("an unspecified (this-host) address");
    }
    if (first >= 224 && first < 240) {
      return Optional.of("a multicast address");
    }
    if (first >= 240 // reserved, including broadcast 255.255.255.255
        || (first == 192 && second == 0 && third == 0) // IETF protocol assignments
        || (first == 198 && (second == 18 || second == 19))) { // benchmarking networks
      return Optional.of("a reserved address");
    }
    return Optional.empty();
  }

  private static Optional<String> ipv6(byte[] b) {
    if (allZero(b, 0, 15)) {
      return Optional.of(b[15] == 1 ? "a loopback address" : "an unspecified (this-host) address");
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (b0 == 0xff) {
      return Optional.of("a multicast address");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
      return Optional.of("a link-local address");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
      return Optional.of("a site-local address");
    }
    if ((b0 & 0xfe) == 0xfc) {
      return Optional.of("a unique local (private) address");
    }
    boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = allZero(b, 0, 12);
    boolean nat64 = b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
    if (mapped || compatible || (nat64 && allZero(b, 4, 12))) {
      return embedded(Arrays.copyOfRange(b, 12, 16));
    }
    if (b0 == 0x20 && b1 == 0x02) { // 6to4: 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
      return embedded(Arrays.copyOfRange(b, 2, 6));
    }
    if (b0 == 0x01 && b1 == 0x00 && allZero(b, 2, 8)) {
      return Optional.of("a reserved (discard-only) address");
    }
    return Optional.empty();
  }

  private static Optional<String> embedded(byte[] v4) {
    try {
      return kind(InetAddress.getByAddress(v4)).map(k -> k + " (inside an IPv6 address)");
    } catch (UnknownHostException e) {
      return Optional.of("a malformed address"); // unreachable: 4 bytes are always an address
    }
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
