package dev.lantern.core.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Turns done/total counts of one stage into {@link Progress} reports with an ETA from the rate so
 * far. Thread-safe: workers call {@link #advance} concurrently.
 */
public final class ProgressTracker {
  private final ProgressListener listener;
  private final Stage stage;
  private final long total;
  private final LongSupplier nanoClock;
  private final long startNanos;
  private long done;
  private long lastReportNanos;

  public ProgressTracker(ProgressListener listener, Stage stage, long total) {
    this(listener, stage, total, System::nanoTime);
  }

  ProgressTracker(ProgressListener listener, Stage stage, long total, LongSupplier nanoClock) {
    this.listener = listener;
    this.stage = stage;
    this.total = total;
    this.nanoClock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
    this.lastReportNanos = Long.MIN_VALUE;
  }

  /** Records {@code units} more done; reports at most every 100 ms, and always at the end. */
  public synchronized void advance(long units, String message) {
    done += units;
    long now = nanoClock.getAsLong();
    if (done >= total
        || lastReportNanos == Long.MIN_VALUE
        || now - lastReportNanos >= 100_000_000L) {
      lastReportNanos = now;
      listener.onProgress(new Progress(stage, done, total, eta(now), message));
    }
  }

  /** Reports the stage as started with nothing done. */
  public void start(String message) {
    listener.onProgress(new Progress(stage, 0, total, Optional.empty(), message));
  }

  private Optional<Duration> eta(long now) {
    if (done <= 0 || total <= 0 || done >= total) {
      return done >= total ? Optional.of(Duration.ZERO) : Optional.empty();
    }
    double nanosPerUnit = (double) (now - startNanos) / done;
    return Optional.of(Duration.ofNanos((long) (nanosPerUnit * (total - done))));
  }
}
