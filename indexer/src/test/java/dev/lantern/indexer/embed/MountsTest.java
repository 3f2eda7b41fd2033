package dev.lantern.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MountsTest {
  private static final List<String> TABLE =
      List.of(
          "overlay / overlay rw,relatime,lowerdir=/a 0 0",
          "tmpfs /tmp tmpfs rw,nosuid,nodev,noexec,relatime 0 0",
          "/dev/sda1 /tmp/exec\\040ok ext4 rw,relatime 0 0",
          "/dev/sdb1 /data ext4 ro,noexec 0 0",
          "short line");

  @Test
  void theLongestMountPointHoldingThePathDecides() {
    assertThat(Mounts.noexec("/home/u/.lantern", TABLE)).isFalse();
    assertThat(Mounts.noexec("/tmp/lt/native", TABLE)).isTrue();
    assertThat(Mounts.noexec("/tmp", TABLE)).isTrue();
    // A mount inside /tmp, its name escaped as the kernel writes it, allows exec again.
    assertThat(Mounts.noexec("/tmp/exec ok/native", TABLE)).isFalse();
    // "/database" is not inside "/data".
    assertThat(Mounts.noexec("/database/x", TABLE)).isFalse();
    assertThat(Mounts.noexec("/data/x", TABLE)).isTrue();
    assertThat(Mounts.noexec("/x", List.of())).isFalse();
  }
}
