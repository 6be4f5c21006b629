package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.pactgraph.server.limits.StrictUtf8;

/**
 * Refuses with 400, before any servlet asks for a parameter, a URL whose query string is not
 * percent-encoded UTF-8: a {@code %} not followed by two hexadecimal digits, or escaped bytes
 * that are not UTF-8 ({@code %FF}, the overlong {@code %C0%AE}). Jetty finds these only when a
 * parameter is first read, and then throws: the Graph Store read answered {@code ?graph=%FF} with
 * a 500 and a stack trace in the log, and every other path with {@code 400 Bad query}, which
 * does not say what was wrong. The answer names the text and its position.
 */
final class QueryStrings implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String query = ((HttpServletRequest) request).getQueryString();
        Optional<String> problem = query == null ? Optional.empty() : problem(query);
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PlainRefusal.of(HttpServletResponse.SC_BAD_REQUEST, "The URL's query string is not percent-encoded UTF-8: " + problem.get()
                + ". Encode each parameter as UTF-8 and escape it with %XX, as browsers and curl --data-urlencode do.")
                .send((HttpServletResponse) response);
    }

    /** What is wrong with a raw query string, or nothing when every escape decodes to UTF-8. */
    static Optional<String> problem(String query) {
        int i = 0;
        while (i < query.length()) {
            if (query.charAt(i) != '%') {
                i++;
                continue;
            }
            // A run of escapes is one byte sequence: %E6%85%B6 is one character.
            int start = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i < query.length() && query.charAt(i) == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return Optional.of("'" + clip(query.substring(i, Math.min(query.length(), i + 3)))
                            + "' at character " + (i + 1) + " is not % and two hexadecimal digits");
                }
                bytes.write(Integer.parseInt(query, i + 1, i + 3, 16));
                i += 3;
            }
            Optional<Integer> bad = firstBadByte(bytes.toByteArray());
            if (bad.isPresent()) {
                int at = start + 3 * bad.get();
                return Optional.of("'" + clip(query.substring(at, Math.min(i, at + 12)))
                        + "' at character " + (at + 1) + " is not a UTF-8 character");
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> firstBadByte(byte[] bytes) {
        try {
            StrictUtf8.check(bytes);
            return Optional.empty();
        } catch (StrictUtf8.MalformedException e) {
            return Optional.of((int) e.offset());
        }
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
