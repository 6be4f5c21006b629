package org.pactgraph.server.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Credentials that are not taken are refused wherever they are sent. Jetty checks credentials
 * sent to the open endpoints (the query endpoint, the pages) but, finding them wrong, lets the
 * request through as anonymous: a client with a mistyped password would silently get capped
 * answers. So such a request is answered with the authenticator's {@link LoginRefusal}: 401,
 * 400 for a header that is not HTTP Basic, or 429 for a client that must wait.
 */
final class RefusedCredentials implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (http.getHeader("Authorization") != null && http.getUserPrincipal() == null) {
            LoginRefusal refusal = http.getAttribute(LoginRefusal.ATTRIBUTE) instanceof LoginRefusal r ? r : LoginRefusal.wrong(0);
            refusal.writeTo((HttpServletResponse) res);
            return;
        }
        chain.doFilter(req, res);
    }
}
