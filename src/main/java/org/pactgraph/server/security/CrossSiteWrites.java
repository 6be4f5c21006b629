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
 * Writes sent by a page of another site are refused with 403. A browser that remembers a
 * user's Basic credentials sends them with a plain form POST from any site, which needs no
 * CORS permission: without this check, visiting a hostile page could run an update. Browsers
 * name the page's origin in the {@code Origin} header; programs send none and are not affected.
 */
final class CrossSiteWrites implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String origin = http.getHeader("Origin");
        String own = http.getScheme() + "://" + http.getHeader("Host");
        if (origin != null && !origin.equalsIgnoreCase(own)) {
            HttpServletResponse out = (HttpServletResponse) res;
            byte[] body = ("Writes from pages of other sites are refused (Origin " + origin + ", this server is " + own
                    + "); send the update from a program, or from a page of this server\n").getBytes(StandardCharsets.UTF_8);
            out.setStatus(HttpServletResponse.SC_FORBIDDEN);
            out.setContentType("text/plain; charset=utf-8");
            out.setContentLength(body.length);
            out.getOutputStream().write(body);
            return;
        }
        chain.doFilter(req, res);
    }
}
