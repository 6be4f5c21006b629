package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Answers 406 to a request whose {@code Accept} header accepts nothing: every media range in it
 * has {@code q=0} ({@code Accept: *}{@code /*;q=0}), which RFC 9110 reads as "not acceptable".
 * Fuseki's and Jena's negotiation skip such ranges and fell back to their default format, so the
 * client got, with 200, a type it had refused. Ranges with a weight above 0, or none, are left to
 * each endpoint's own negotiation.
 */
final class NothingAcceptable implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!acceptsNothing(http)) {
            chain.doFilter(request, response);
            return;
        }
        PlainRefusal.of(HttpServletResponse.SC_NOT_ACCEPTABLE, "The Accept header accepts nothing: every type in it has q=0."
                + " Give the types you take a weight above 0, or send no Accept header.").send((HttpServletResponse) response);
    }

    /** Whether the request has Accept headers with at least one range, each with a weight of 0. */
    static boolean acceptsNothing(HttpServletRequest request) {
        boolean anyRange = false;
        for (String header : Collections.list(request.getHeaders("Accept"))) {
            for (String range : header.split(",")) {
                if (range.isBlank()) continue;
                anyRange = true;
                if (!weighsZero(range)) return false;
            }
        }
        return anyRange;
    }

    /** Whether a media range's {@code q} parameter is 0 (0, 0.0, 0.000); a malformed weight is not taken for 0. */
    private static boolean weighsZero(String range) {
        String[] parts = range.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param.length == 2 && param[0].strip().equalsIgnoreCase("q")) {
                return param[1].strip().matches("0(\\.0{0,3})?");
            }
        }
        return false;
    }
}
