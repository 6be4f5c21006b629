package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A HEAD reaches every servlet as the GET it asks about, so that its head is the GET's own (RFC
 * 9110 9.3.2): Jetty drops the body of an answer to a HEAD, and gives the length the GET would
 * have when the whole answer fits its buffer, or none when the GET would be chunked. Fuseki's own
 * HEAD answers said otherwise: the Graph Store read and {@code /$/ping} sent {@code Content-Length: 0}
 * for a body of megabytes or 31 bytes, and the query endpoints refused a HEAD of a query with 405
 * where its GET was 200. A HEAD of a query runs the query, as its GET does, through the same limits.
 */
final class HeadsAsGets implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        chain.doFilter(request.getMethod().equals("HEAD") ? new AsGet(request) : request, res);
    }

    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
