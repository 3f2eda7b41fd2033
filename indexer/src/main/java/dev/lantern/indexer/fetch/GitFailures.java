package dev.lantern.indexer.fetch;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * Turns JGit's transport failures into a sentence a person can act on. Walks the cause chain, since
 * JGit wraps the interesting exception two or three levels deep.
 */
final class GitFailures {
  private GitFailures() {}

  static String describe(Throwable e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      root = t;
      if (t instanceof NoRemoteRepositoryException) {
        return "there is no git repository at that address";
      }
      if (t instanceof UnknownHostException) {
        return "the host is unknown (" + t.getMessage() + ")";
      }
      if (t instanceof ConnectException) {
        return "the server refused the connection";
      }
      if (t instanceof SocketTimeoutException) {
        return "the server stopped answering";
      }
      if (t instanceof SSLException) {
        return "the TLS connection failed (" + t.getMessage() + ")";
      }
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("not authorized") || m.contains("authentication is required")) {
        return "the server asks for credentials: the repository is private or does not exist"
            + " (set LANTERN_GIT_TOKEN for private repositories)";
      }
      if (m.contains("redirect")) {
        return "the server redirects elsewhere, and redirects are not followed;"
            + " give the final URL";
      }
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.replaceAll("://[^/@\\s]+@", "://"); // never echo credentials a server put in a URL
  }
}
