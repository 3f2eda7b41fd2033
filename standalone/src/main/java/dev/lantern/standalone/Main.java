package dev.lantern.standalone;

import dev.lantern.core.error.LanternException;
import dev.lantern.standalone.cli.Args;
import dev.lantern.standalone.cli.Commands;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the {@code lantern} command. Exit codes: 0 success, 1 failure a person can fix
 * (bad input, not found), 2 usage error, 3 internal error.
 */
public final class Main {
  private Main() {}

  public static void main(String[] argv) {
    quietLogs();
    System.exit(run(Arrays.asList(argv), System.out, System.err));
  }

  /**
   * The CLI speaks through its own output; library chatter (DJL's GPU probing, model loading) goes
   * only to LANTERN_DEBUG runs.
   */
  static void quietLogs() {
    boolean debug = System.getenv("LANTERN_DEBUG") != null;
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    if (!debug) {
      System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
      java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
      for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
        h.setLevel(java.util.logging.Level.WARNING);
      }
    }
  }

  static final String USAGE =
      """
      usage: lantern <command> [options]
        index <dir|zip|git-url> [--ref R] [--name N] [--dry-run] [--no-embed]
                                      index a codebase (a later run re-indexes it)
        ask <codebase> "question" [--json] [-k N]
                                      answer a question with file:line citations
        list                          list indexed codebases
        delete <codebase>             delete a codebase's index
        eval --cases FILE --repos DIR [--no-embed] [--limit N] [--out FILE] [--repo OWNER/NAME]
                                      measure retrieval on evaluation cases
        bench [--src-zip PATH] [--queries N] [--no-embed]
                                      measure indexing and query speed on the JDK's sources
      global options: --data-dir DIR (default ~/.lantern or $LANTERN_HOME)
      """;

  public static int run(List<String> argv, PrintStream out, PrintStream err) {
    if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("help")) {
      out.print(USAGE);
      return argv.isEmpty() ? 2 : 0;
    }
    String command = argv.get(0);
    List<String> rest = argv.subList(1, argv.size());
    try {
      Args args = Args.parse(rest, Commands.VALUED, Commands.FLAGS);
      LanternConfig config =
          LanternConfig.fromEnvironment(System.getenv(), args.option("data-dir").map(Path::of));
      if (args.flag("no-embed")) {
        config = config.withEmbeddings(false);
      }
      try (Lantern lantern = new Lantern(config)) {
        return new Commands(lantern, out, err).run(command, args);
      }
    } catch (LanternException e) {
      err.println("error: " + e.getMessage());
      return e.code() == dev.lantern.core.error.ErrorCode.BAD_REQUEST ? 2 : 1;
    } catch (RuntimeException e) {
      err.println("internal error: " + e);
      Optional.ofNullable(System.getenv("LANTERN_DEBUG")).ifPresent(x -> e.printStackTrace(err));
      return 3;
    }
  }
}
