package dev.lantern.indexer.embed;

import java.nio.file.Path;
import java.util.List;

/**
 * Opens the bundled model and embeds, in a JVM whose security manager refuses every connection and
 * name lookup. Prints {@code NETWORK ATTEMPT} with a stack trace for each try. Run by {@link
 * NoNetworkTest} with {@code -Djava.security.manager=allow}.
 */
public final class NoNetworkProbe {
  private NoNetworkProbe() {}

  @SuppressWarnings("removal") // SecurityManager: the one in-JVM hook that sees every connect
  public static void main(String[] args) {
    System.setSecurityManager(
        new SecurityManager() {
          @Override
          public void checkPermission(java.security.Permission perm) {}

          @Override
          public void checkConnect(String host, int port) {
            new Throwable("NETWORK ATTEMPT " + host + ":" + port).printStackTrace();
            throw new SecurityException("no network: " + host);
          }

          @Override
          public void checkConnect(String host, int port, Object context) {
            checkConnect(host, port);
          }
        });
    try (OnnxEmbedder embedder = OnnxEmbedder.openBundled(Path.of(args[0]))) {
      System.out.println("dims " + embedder.embed(List.of("offline")).length);
    }
    System.out.println("probe done");
  }
}
