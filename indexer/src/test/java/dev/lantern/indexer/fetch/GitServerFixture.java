package dev.lantern.indexer.fetch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;

/** A real smart-HTTP git server (JGit's GitServlet in Jetty) on loopback, port 0. */
final class GitServerFixture implements AutoCloseable {
  private final Server server = new Server();
  private final Map<String, Path> repos = new HashMap<>();

  GitServerFixture() throws Exception {
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    GitServlet git = new GitServlet();
    RepositoryResolver<jakarta.servlet.http.HttpServletRequest> resolver =
        (req, name) -> {
          Path dir = repos.get(name.replaceAll("\\.git$", ""));
          if (dir == null) {
            throw new RepositoryNotFoundException(name);
          }
          Repository r;
          try {
            r = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
          } catch (java.io.IOException e) {
            throw new RepositoryNotFoundException(name, e);
          }

          r.getConfig().setBoolean("uploadpack", null, "allowReachableSHA1InWant", true);
          return r;
        };
    git.setRepositoryResolver(resolver);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(git), "/*");
    server.setHandler(context);
    server.start();
  }

  /** Serves the repository whose git directory is {@code gitDir} as {@code /name.git}. */
  String serve(String name, Path gitDir) {
    repos.put(name, gitDir);
    return "http://127.0.0.1:"
        + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
        + "/"
        + name
        + ".git";
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
