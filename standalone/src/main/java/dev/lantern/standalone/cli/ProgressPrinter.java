package dev.lantern.standalone.cli;

import dev.lantern.core.progress.Progress;
import dev.lantern.core.progress.ProgressListener;
import dev.lantern.core.progress.Stage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows ingestion progress: a live bar redrawn in place on a terminal, plain lines (one per stage
 * change and every few seconds) when output is a file or pipe. Thread-safe.
 */
public final class ProgressPrinter implements ProgressListener {
  private static final int BAR = 28;
  private final PrintStream out;
  private final boolean terminal;
  private Stage lastStage;
  private long lastLineNanos;
  private boolean barOpen;

  public ProgressPrinter(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Whether stdout is an interactive terminal. */
  public static boolean stdoutIsTerminal() {
    return System.console() != null
        && System.getenv("TERM") != null
        && !"dumb".equals(System.getenv("TERM"));
  }

  @Override
  public synchronized void onProgress(Progress p) {
    if (terminal) {
      if (lastStage != null && lastStage != p.stage() && barOpen) {
        out.print('\n');
      }
      out.print("\r\033[2K" + render(p));
      out.flush();
      barOpen = true;
      if (p.stage() == Stage.READY) {
        out.print('\n');
        barOpen = false;
      }
    } else {
      long now = System.nanoTime();
      boolean stageChanged = lastStage != p.stage();
      boolean finished = p.total() > 0 && p.done() >= p.total();
      if (stageChanged || finished || now - lastLineNanos > 5_000_000_000L) {
        out.println(render(p));
        lastLineNanos = now;
      }
    }
    lastStage = p.stage();
  }

  /** Ends a bar left open (e.g. when a build fails midway). */
  public synchronized void finish() {
    if (barOpen) {
      out.print('\n');
      barOpen = false;
    }
  }

  static String render(Progress p) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-8s", p.stage().label()));
    double f = p.fraction();
    if (f >= 0) {
      int filled = (int) Math.round(f * BAR);
      sb.append(" [").append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
      sb.append(String.format(Locale.ROOT, "%3d%% %,d/%,d", (int) (f * 100), p.done(), p.total()));
      p.eta().filter(d -> !d.isZero()).ifPresent(d -> sb.append("  ETA ").append(format(d)));
    }
    if (!p.message().isEmpty()) {
      sb.append("  ").append(p.message());
    }
    return sb.toString();
  }

  static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
