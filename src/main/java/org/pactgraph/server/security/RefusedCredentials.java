package org.pactgraph.server.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Wrong credentials are answered 401 wherever they are sent. Jetty checks credentials sent to
 * the open endpoints (the query endpoint, the pages) but, finding them wrong, lets the request
 * through as anonymous: a client with a mistyped password would silently get capped answers.
 */
final class RefusedCredentials implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (http.getHeader("Authorization") != null && http.getUserPrincipal() == null) {
            HttpServletResponse out = (HttpServletResponse) res;
            byte[] body = ("The user name or password is wrong (realm " + SecurityModule.REALM + ");"
                    + " send the credentials of a user of the server's password file, or none to query anonymously\n")
                    .getBytes(StandardCharsets.UTF_8);
            out.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            out.setHeader("WWW-Authenticate", "Basic realm=\"" + SecurityModule.REALM + "\", charset=\"UTF-8\"");
            out.setContentType("text/plain; charset=utf-8");
            out.setContentLength(body.length);
            out.getOutputStream().write(body);
            return;
        }
        chain.doFilter(req, res);
    }
}
