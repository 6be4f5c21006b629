package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A Graph Store request names its graph in the URL alone ({@link OneGraphNamed} and
 * {@link GraphStoreWrites} read it there, before any byte of the body), so a form whose body also
 * carries {@code graph} or {@code default} is refused with 400 naming the field: Fuseki merges a
 * form's fields with the URL's, and answered {@code ?graph=A} with {@code graph=B} in the form
 * {@code Multiple ?default in the query string}, naming neither the form nor the field. Stands
 * after the body limits, which have read the form within its deadline and checked its encoding.
 */
final class GraphInTheForm implements Filter {
    private static final List<String> FIELDS = List.of("graph", "default");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String field = isForm(request) && DatasetEndpoint.of(request.getRequestURI()).namesAGraph() ? fieldInTheForm(request) : null;
        if (field == null) {
            chain.doFilter(req, res);
            return;
        }
        PlainRefusal.of(HttpServletResponse.SC_BAD_REQUEST, "The form's body has a field '" + field + "'; a Graph Store request"
                + " names its graph in the URL only: send graph=IRI (or default) in the URL, and not in the form").send((HttpServletResponse) res);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The first field naming a graph that the form adds to the URL's parameters, or null. */
    private static String fieldInTheForm(HttpServletRequest request) {
        for (String name : FIELDS) {
            String[] all = request.getParameterValues(name);
            if (all != null && all.length > QueryParameters.values(request, name).size()) return name;
        }
        return null;
    }
}
