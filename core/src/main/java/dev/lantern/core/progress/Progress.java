package dev.lantern.core.progress;

import java.time.Duration;
import java.util.Optional;

/**
 * One progress report.
 *
 * @param stage the stage running
 * @param done units finished in this stage
 * @param total units in this stage, or 0 when not known yet
 * @param eta estimated time left in this stage, when it can be estimated
 * @param message short human text ("embedding 1,204 new chunks; 9,311 cached")
 */
public record Progress(Stage stage, long done, long total, Optional<Duration> eta, String message) {
  public Progress {
    eta = eta == null ? Optional.empty() : eta;
    message = message == null ? "" : message;
  }

  /** Fraction done in [0, 1], or -1 when the total is not known. */
  public double fraction() {
    return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
  }
}
