package org.pactgraph.server.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpField;

/**
 * Headers on every answer, set before the servlet runs so that error pages get them too:
 * {@code X-Content-Type-Options: nosniff} and a Content-Security-Policy that allows nothing.
 * Pages that need more (the query page's scripts, the resource pages' style) replace the policy
 * with their own, which stays as narrow as they are.
 */
public final class SecurityHeaders implements Filter {
    /** The policy for answers that set none: nothing may load, nothing may frame them. */
    static final String NOTHING = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The same headers as Jetty fields, for answers Jetty writes before any filter runs. */
    public static List<HttpField> fields() {
        return List.of(new HttpField("X-Content-Type-Options", "nosniff"), new HttpField("Content-Security-Policy", NOTHING));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        set(((HttpServletResponse) res)::setHeader);
        chain.doFilter(req, res);
    }

    /** Sets the headers through the given setter: for answers written before any filter runs (the login's). */
    static void set(BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Content-Security-Policy", NOTHING);
    }
}
