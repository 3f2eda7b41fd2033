package dev.lantern.indexer.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.EmptyProgressMonitor;

/**
 * Stops a clone that runs too long or downloads too much, through the one hook JGit offers into a
 * running transfer: it polls {@link #isCancelled()} between objects and buffers. Network stalls
 * between polls are covered separately by the transport's read timeout.
 */
final class CloneWatchdog extends EmptyProgressMonitor {
  /** Measuring the download costs a directory listing; 250 ms keeps that negligible. */
  private static final long SIZE_CHECK_NANOS = 250_000_000L;

  private final long deadline;
  private final Path objects;
  private final long maxBytes;
  private final LongSupplier clock;
  private long nextSizeCheck;
  private volatile boolean timedOut;
  private volatile boolean tooLarge;

  CloneWatchdog(Duration limit, Path objects, long maxBytes) {
    this(limit, objects, maxBytes, System::nanoTime);
  }

  CloneWatchdog(Duration limit, Path objects, long maxBytes, LongSupplier clock) {
    this.clock = clock;
    long start = clock.getAsLong();
    this.deadline = start + limit.toNanos();
    this.nextSizeCheck = start;
    this.objects = objects;
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean isCancelled() {
    long now = clock.getAsLong();
    if (now - deadline > 0) {
      timedOut = true;
    } else if (now - nextSizeCheck > 0) {
      nextSizeCheck = now + SIZE_CHECK_NANOS;
      tooLarge |= downloaded() > maxBytes;
    }
    return timedOut || tooLarge;
  }

  /** True once the time limit has passed, whether or not JGit asked in time. */
  boolean timedOut() {
    return timedOut || clock.getAsLong() - deadline > 0;
  }

  boolean tooLarge() {
    return tooLarge;
  }

  /** Seconds left for the transport's own timeouts; at least 1, which JGit needs. */
  int secondsLeft() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (deadline - clock.getAsLong()) / 1e9));
  }

  /** Bytes written so far under the objects directory (packs, including the one arriving). */
  long downloaded() {
    try (Stream<Path> files = Files.walk(objects)) {
      return files.filter(Files::isRegularFile).mapToLong(CloneWatchdog::size).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0; // a file vanished while JGit renamed it; the next check counts it
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
