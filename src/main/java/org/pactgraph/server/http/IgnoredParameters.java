package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;

/**
 * Fuseki's {@code stylesheet=} (an XSLT processing instruction in XML results) and
 * {@code callback=} (JSONP) write the caller's text raw into the answer: a link to anything
 * and script around the JSON. PactGraph serves neither, and hides both parameters from the
 * servlets, so that results come out as they would without them. Hiding them, rather than
 * reading the request to refuse it, reads no request body before the size limits have run.
 */
final class IgnoredParameters implements Filter {
    /** The parameters no servlet sees. */
    static final Set<String> NAMES = Set.of("stylesheet", "callback");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(new RewrittenParameters((HttpServletRequest) req, (name, values) -> NAMES.contains(name) ? null : values), res);
    }
}
