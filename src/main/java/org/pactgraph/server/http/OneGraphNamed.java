package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Graph Store request names one graph: {@code graph=IRI} once, or {@code default} once, not
 * both. Otherwise it is refused here with 400 naming the parameter; Fuseki's own answer to
 * {@code graph=} twice was {@code Multiple ?default in the query string}, naming the other one.
 * Only the URL is read ({@link QueryParameters}), and the SPARQL endpoints, whose
 * {@code default-graph-uri} may repeat, are left alone.
 */
final class OneGraphNamed implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String problem = DatasetEndpoint.of(request.getRequestURI()).namesAGraph() && request.getQueryString() != null
                ? problem(request) : null;
        if (problem == null) {
            chain.doFilter(req, res);
            return;
        }
        PlainRefusal.of(HttpServletResponse.SC_BAD_REQUEST, problem + "; a Graph Store request names one graph:"
                + " send graph=IRI once, or default once").send((HttpServletResponse) res);
    }

    private static String problem(HttpServletRequest request) {
        int graphs = QueryParameters.values(request, "graph").size();
        int defaults = QueryParameters.values(request, "default").size();
        if (graphs > 1) return "The parameter 'graph' is given " + graphs + " times";
        if (defaults > 1) return "The parameter 'default' is given " + defaults + " times";
        if (graphs == 1 && defaults == 1) return "The parameters 'graph' and 'default' are both given";
        return null;
    }
}
