package org.pactgraph.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The values of one parameter of a request's URL, read from its query string alone. The
 * servlet's {@code getParameter} also reads a form body, and reading it in a filter that runs
 * before the body limits ({@code limits/BodyReads}, the size and UTF-8 checks) would read it
 * without their deadline, size bound or encoding check: the Graph Store names its graph in the
 * URL, so what decides a write's graph is read from there. The query string is parsed by Jetty's
 * own parser with the request's query encoding, the one behind the servlet's parameters that
 * Fuseki reads, so that the two never see different parameters (a decoder of our own could differ
 * on {@code +}, on escapes or on empty pairs). {@link QueryStrings} has refused a query string that
 * is not percent-encoded UTF-8 before any of this runs.
 */
public final class QueryParameters {
    private QueryParameters() {}

    /** Every value of the parameter in the URL, in order; a name without {@code =} has the value "". */
    public static List<String> values(HttpServletRequest request, String name) {
        return all(request).getOrDefault(name, List.of());
    }

    /** Every parameter of the URL with its values, in the order they come. */
    public static Map<String, List<String>> all(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) return parameters;
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        Fields fields = Request.extractQueryParameters(jetty, jetty.getQueryEncoding());
        for (Fields.Field field : fields) parameters.computeIfAbsent(field.getName(), n -> new ArrayList<>()).addAll(field.getValues());
        return parameters;
    }

    /** The parameter's first value in the URL, or null when the URL has none. */
    public static String first(HttpServletRequest request, String name) {
        List<String> values = values(request, name);
        return values.isEmpty() ? null : values.get(0);
    }
}
