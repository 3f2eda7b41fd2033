package dev.lantern.core.error;

/** Stable error codes for clients; each maps to the HTTP status an API returns for it. */
public enum ErrorCode {
  BAD_REQUEST(400),
  ARCHIVE_UNSAFE(400),
  ARCHIVE_TOO_LARGE(413),
  URL_REFUSED(400),
  GIT_REF_NOT_FOUND(404),
  GIT_FAILED(502),
  EMPTY_SOURCE(422),
  NOT_FOUND(404),
  FORBIDDEN(403),
  TIMEOUT(504),
  MODEL_MISMATCH(409),
  MODEL_FAILED(502),
  INTERNAL(500);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
