package dev.lantern.query.model;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;

/** A model call failed; {@link #retryable} when trying again may help (connection, 429, 5xx). */
final class ModelFailure extends LanternException {
  private final boolean retryable;

  ModelFailure(ErrorCode code, String message, boolean retryable) {
    super(code, message);
    this.retryable = retryable;
  }

  boolean retryable() {
    return retryable;
  }
}
