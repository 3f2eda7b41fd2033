package dev.lantern.indexer.fetch;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;

/**
 * A real smart-HTTP git server (JGit's GitServlet in Jetty) on loopback, port 0, plus a "server"
 * that accepts connections and never answers, for time limits.
 */
final class GitServerFixture implements AutoCloseable {
  private record Served(Path gitDir, boolean allowShaWants) {}

  private final Server server = new Server();
  private final Map<String, Served> repos = new ConcurrentHashMap<>();
  private final List<AutoCloseable> extras = new ArrayList<>();

  GitServerFixture() throws Exception {
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    GitServlet git = new GitServlet();
    RepositoryResolver<jakarta.servlet.http.HttpServletRequest> resolver =
        (req, name) -> {
          Served s = repos.get(name.replaceAll("\\.git$", ""));
          if (s == null) {
            throw new RepositoryNotFoundException(name);
          }
          try {
            return new FileRepositoryBuilder()
                .setGitDir(s.gitDir.toFile())
                .setMustExist(true)
                .build();
          } catch (IOException e) {
            throw new RepositoryNotFoundException(name, e);
          }
        };
    git.setRepositoryResolver(resolver);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(git), "/*");
    context.addFilter(
        new FilterHolder(new RefuseWantsById(this::strictIds)),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    server.setHandler(context);
    server.start();
  }

  /** Serves {@code gitDir} as {@code /name.git}, letting clients fetch commits by id. */
  String serve(String name, Path gitDir) {
    return serve(name, gitDir, true);
  }

  /**
   * Serves {@code gitDir}; with {@code allowShaWants} false only advertised refs can be fetched.
   */
  String serve(String name, Path gitDir, boolean allowShaWants) {
    repos.put(name, new Served(gitDir, allowShaWants));
    return base() + "/" + name + ".git";
  }

  String base() {
    return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** Ids the refs of a strict repository point at; null when it accepts any wanted id. */
  private Set<String> strictIds(String name) {
    Served s = repos.get(name);
    if (s == null || s.allowShaWants) {
      return null;
    }
    try (Repository r =
        new FileRepositoryBuilder().setGitDir(s.gitDir.toFile()).setMustExist(true).build()) {
      Set<String> ids = new HashSet<>();
      for (Ref ref : r.getRefDatabase().getRefs()) {
        ids.add(ref.getObjectId().name());
        Ref peeled = r.getRefDatabase().peel(ref);
        if (peeled.getPeeledObjectId() != null) {
          ids.add(peeled.getPeeledObjectId().name());
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URL whose server accepts the connection, then says nothing, ever. */
  String silentUrl() throws IOException {
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  held.add(socket.accept()); // keep it open, never write
                } catch (IOException e) {
                  return;
                }
              }
            },
            "git-fixture-silent");
    acceptor.setDaemon(true);
    acceptor.start();
    extras.add(
        () -> {
          socket.close();
          for (Socket s : held) {
            s.close();
          }
        });
    return "http://127.0.0.1:" + socket.getLocalPort() + "/silent.git";
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable c : extras) {
      c.close();
    }
    server.stop();
  }
}
