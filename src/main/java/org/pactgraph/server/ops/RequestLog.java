package org.pactgraph.server.ops;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, written when its answer is complete:
 * {@code GET /pactgraph/sparql 200 12 ms user=-}. The logger is {@value #LOGGER} at INFO.
 */
final class RequestLog implements Filter {
    /** The logger's name, for log configuration. */
    static final String LOGGER = "org.pactgraph.server.requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(req, res);
            status = ((HttpServletResponse) res).getStatus();
        } finally {
            if (LOG.isInfoEnabled()) {
                HttpServletRequest http = (HttpServletRequest) req;
                long ms = (System.nanoTime() - start) / 1_000_000;
                String user = http.getRemoteUser();
                LOG.info("{} {} {} {} ms user={}", http.getMethod(), http.getRequestURI(), status, ms,
                        user == null ? "-" : user);
            }
        }
    }
}
