package org.pactgraph.server.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pactgraph.server.http.PlainRefusal;

/**
 * A request body with a {@code Content-Encoding} other than {@code identity} is refused with 415,
 * unread. Fuseki inflates a gzip or deflate body behind every bound of this module, which
 * measure the bytes sent: 388 KB of gzip sent as an update inflated to 400 MB of text, read whole
 * into memory; the request ran for more than 11 minutes without an answer and kept the server
 * from stopping. Send bodies uncompressed (a query or update has at most 1 MiB).
 */
final class EncodedBodies implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String encoding = ((HttpServletRequest) request).getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            PlainRefusal.of(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "A request body with Content-Encoding "
                    + RequestSizeLimit.clip(encoding) + " is not taken: its size could not be bounded before it is inflated;"
                    + " send it uncompressed.").closing().send((HttpServletResponse) response); // the body is not read
            return;
        }
        chain.doFilter(request, response);
    }
}
