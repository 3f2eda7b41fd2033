package dev.lantern.core.index.faiss;

/** Whether the FAISS native library can be used here, decided once per process. */
public final class Faiss {
  /** Set to true to run as if FAISS were missing (tests, or to rule FAISS out when debugging). */
  public static final String DISABLE_PROPERTY = "lantern.faiss.disabled";

  private static volatile Availability cached;

  private Faiss() {}

  /**
   * @param available true when the library loaded
   * @param reason a sentence for people when it did not; empty otherwise
   */
  public record Availability(boolean available, String reason) {}

  public static Availability availability() {
    if (Boolean.getBoolean(DISABLE_PROPERTY)) {
      return new Availability(false, "FAISS is disabled by -D" + DISABLE_PROPERTY + "=true");
    }
    Availability a = cached;
    if (a == null) {
      synchronized (Faiss.class) {
        if (cached == null) {
          cached = probe();
        }
        a = cached;
      }
    }
    return a;
  }

  private static Availability probe() {
    try {
      FaissNative.faiss_set_threads(Math.max(1, Runtime.getRuntime().availableProcessors()));
      return new Availability(true, "");
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
      String cause =
          e.getMessage() == null
              ? e.getClass().getSimpleName()
              : e.getClass().getSimpleName() + ": " + e.getMessage();
      return new Availability(
          false,
          "the FAISS native library could not be loaded ("
              + cause
              + "); install libfaiss-dev, libblas-dev and liblapack-dev and rebuild");
    }
  }
}
