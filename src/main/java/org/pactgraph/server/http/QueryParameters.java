package org.pactgraph.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one parameter of a request's URL, read from its query string alone. The
 * servlet's {@code getParameter} also reads a form body, and reading it in a filter that runs
 * before the body limits ({@code limits/BodyReads}, the size and UTF-8 checks) would read it
 * without their deadline, size bound or encoding check: the Graph Store names its graph in the
 * URL, so what decides a write's graph is read from there. {@link QueryStrings} has refused a
 * query string that is not percent-encoded UTF-8 before any of this runs.
 */
public final class QueryParameters {
    private QueryParameters() {}

    /** Every value of the parameter in the URL, in order; a name without {@code =} has the value "". */
    public static List<String> values(HttpServletRequest request, String name) {
        return all(request).getOrDefault(name, List.of());
    }

    /** Every parameter of the URL with its values, in the order they come. */
    public static Map<String, List<String>> all(HttpServletRequest request) {
        String query = request.getQueryString();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) return parameters;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** The parameter's first value in the URL, or null when the URL has none. */
    public static String first(HttpServletRequest request, String name) {
        List<String> values = values(request, name);
        return values.isEmpty() ? null : values.get(0);
    }
}
