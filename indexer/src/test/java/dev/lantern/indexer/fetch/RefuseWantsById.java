package dev.lantern.indexer.fetch;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Imitates a git server that refuses to send commits by id unless a ref points at them (as some
 * forges do): JGit's smart-HTTP server lets any reachable commit be wanted whatever its settings.
 * Answers 400 to an upload-pack request wanting an id outside the advertised set.
 */
final class RefuseWantsById implements Filter {
  private static final Pattern WANT = Pattern.compile("want ([0-9a-f]{40})");
  private final Function<String, Set<String>> advertisedIds;

  /**
   * @param advertisedIds repository name → ids its refs point at; null for a lenient one
   */
  RefuseWantsById(Function<String, Set<String>> advertisedIds) {
    this.advertisedIds = advertisedIds;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String uri = http.getRequestURI();
    Set<String> allowed =
        uri.endsWith("/git-upload-pack")
            ? advertisedIds.apply(uri.replaceAll("^/([^/]+?)(\\.git)?/.*$", "$1"))
            : null;
    if (allowed == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = http.getInputStream().readAllBytes();
    boolean gzip = "gzip".equalsIgnoreCase(http.getHeader("Content-Encoding"));
    byte[] plain = gzip ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body;
    Matcher m = WANT.matcher(new String(plain, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      if (!allowed.contains(m.group(1))) {
        ((HttpServletResponse) response).sendError(400, "want " + m.group(1) + " not valid");
        return;
      }
    }
    chain.doFilter(new Replayed(http, body), response);
  }

  /** The request with its already-read body available again. */
  private static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {}
      };
    }
  }
}
