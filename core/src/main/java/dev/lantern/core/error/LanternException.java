package dev.lantern.core.error;

/**
 * A failure a person can act on: the message says what was wrong and, where it helps, the limit
 * ({@code "archive has 120001 entries; the limit is 100000"}). Never carries secrets.
 */
public class LanternException extends RuntimeException {
  private final ErrorCode code;

  public LanternException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public LanternException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
