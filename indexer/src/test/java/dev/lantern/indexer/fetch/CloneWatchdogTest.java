package dev.lantern.indexer.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watchdog on a fake clock: cancels at the deadline, and once the download outgrows the cap.
 */
class CloneWatchdogTest {
  @TempDir Path objects;
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private CloneWatchdog watchdog(Duration limit, long maxBytes) {
    return new CloneWatchdog(limit, objects, maxBytes, now::get);
  }

  @Test
  void cancelsOnceTheTimeLimitHasPassed() {
    CloneWatchdog w = watchdog(Duration.ofSeconds(10), Long.MAX_VALUE);
    now.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThat(w.isCancelled()).isFalse();
    assertThat(w.secondsLeft()).isEqualTo(1);
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(w.timedOut()).as("known even before JGit asks").isTrue();
    assertThat(w.isCancelled()).isTrue();
    assertThat(w.tooLarge()).isFalse();
  }

  @Test
  void cancelsWhenTheObjectsOnDiskOutgrowTheCapCheckingAtMostEveryQuarterSecond() throws Exception {
    CloneWatchdog w = watchdog(Duration.ofMinutes(10), 10_000);
    now.addAndGet(1);
    Files.createDirectories(objects.resolve("pack"));
    Files.write(objects.resolve("pack/incoming_1.pack"), new byte[6_000]);
    assertThat(w.isCancelled()).isFalse();
    Files.write(objects.resolve("pack/incoming_2.pack"), new byte[6_000]);
    now.addAndGet(Duration.ofMillis(100).toNanos());
    assertThat(w.isCancelled()).as("not measured again within 250 ms").isFalse();
    now.addAndGet(Duration.ofMillis(200).toNanos());
    assertThat(w.isCancelled()).isTrue();
    assertThat(w.tooLarge()).isTrue();
    assertThat(w.timedOut()).isFalse();
    assertThat(w.downloaded()).isEqualTo(12_000);
  }
}
