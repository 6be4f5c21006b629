package org.pactgraph.server.ops;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, written when its answer is complete:
 * {@code GET /pactgraph/sparql 200 12 ms user=-}. The logger is {@value #LOGGER} at INFO. The
 * method is the one the client sent: a HEAD reaches the servlets as its GET, wrapped, and a log
 * that said GET would hide a flood of HEADs among the reads.
 */
final class RequestLog implements Filter {
    /** The logger's name, for log configuration. */
    static final String LOGGER = "org.pactgraph.server.requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        int status = 500;
        String ended = "";
        try {
            chain.doFilter(req, res);
            status = ((HttpServletResponse) res).getStatus();
        } catch (IOException | RuntimeException | ServletException e) {
            if (res.isCommitted() && onTheWire(e)) {
                // The answer had begun when its connection ended (a client gone, or one whose unread answer
                // gave its place to another): no 500 was sent, and one logged had a flood read as server errors.
                status = ((HttpServletResponse) res).getStatus();
                ended = " (the connection ended before the whole answer was sent)";
            }
            throw e;
        } finally {
            if (LOG.isInfoEnabled()) {
                HttpServletRequest http = (HttpServletRequest) req;
                long ms = (System.nanoTime() - start) / 1_000_000;
                String user = http.getRemoteUser();
                LOG.info("{} {} {} {} ms user={}{}", sentMethod(req), http.getRequestURI(), status, ms,
                        user == null ? "-" : user, ended);
            }
        }
    }

    /** Whether the failure is one of writing to the connection (Jetty's {@code EofException}, an idle timeout), however wrapped. */
    private static boolean onTheWire(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) return true;
        }
        return false;
    }

    /** The method of the request as the client sent it, under any wrapper that says otherwise. */
    static String sentMethod(ServletRequest request) {
        ServletRequest sent = request;
        while (sent instanceof ServletRequestWrapper wrapper) sent = wrapper.getRequest();
        return ((HttpServletRequest) sent).getMethod();
    }
}
