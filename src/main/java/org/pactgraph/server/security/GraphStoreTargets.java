package org.pactgraph.server.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pactgraph.server.http.QueryParameters;

/**
 * What the Graph Store read-write endpoint's two graphs without a name mean. The store's default
 * graph is the union of every graph and cannot be written, so on this endpoint {@code ?default}
 * names the writers' default graph {@link WriteScope#DEFAULT_USER_GRAPH}, for every method (PUT,
 * POST, DELETE, GET, HEAD). A POST that names no graph creates one, as the Graph Store Protocol
 * says (section 5.5): a new graph under {@link WriteScope#USER_GRAPH_BASE} with a random name,
 * answered 201 with its IRI in {@code Location}. Other requests pass unchanged. Answers in a
 * text syntax name their encoding ({@code text/turtle; charset=utf-8}), as the W3C tests expect:
 * Fuseki leaves it out where the syntax is UTF-8 by definition.
 */
final class GraphStoreTargets implements Filter {
    private static final String GRAPH = "graph";
    private static final String DEFAULT = "default";

    @Override
    public void doFilter(ServletRequest req, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        ServletResponse res = new Utf8Named((HttpServletResponse) response);
        // Read from the URL alone: a form body is read later, within the body limits (and is no RDF the Graph Store takes).
        if (QueryParameters.first(http, GRAPH) != null) {
            chain.doFilter(req, res);
        } else if (QueryParameters.first(http, DEFAULT) != null) {
            chain.doFilter(new NamedGraph(http, WriteScope.DEFAULT_USER_GRAPH), res);
        } else if ("POST".equals(http.getMethod())) {
            String created = WriteScope.USER_GRAPH_BASE + UUID.randomUUID();
            HttpServletResponse answer = new LocationWhileNotRefused((HttpServletResponse) res);
            answer.setHeader("Location", created);
            chain.doFilter(new NamedGraph(http, created), answer);
        } else {
            chain.doFilter(req, res);
        }
    }

    /** The request with {@code ?graph=IRI} in place of {@code ?default} or of no graph at all. */
    private static final class NamedGraph extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters = new LinkedHashMap<>();
        private final String graph;

        NamedGraph(HttpServletRequest request, String graph) {
            super(request);
            this.graph = graph;
            // The URL's parameters only, as above; the servlet after it asks for nothing else.
            QueryParameters.all(request).forEach((name, values) -> {
                if (!name.equals(DEFAULT)) parameters.put(name, values.toArray(String[]::new));
            });
            parameters.put(GRAPH, new String[] {graph});
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String getQueryString() {
            return GRAPH + "=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
        }
    }

    /**
     * The answer to a POST that creates a graph: its {@code Location} goes with it only while it
     * is not refused. A refusal (a body too large, too slow or not RDF, a write turn not given)
     * creates nothing, so it must not point at a graph that does not exist.
     */
    private static final class LocationWhileNotRefused extends HttpServletResponseWrapper {
        LocationWhileNotRefused(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            if (status >= 300) setHeader("Location", null);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setHeader("Location", null);
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            setHeader("Location", null);
            super.sendError(status);
        }
    }

    /** The response with {@code charset=utf-8} added to a text content type that names none. */
    private static final class Utf8Named extends HttpServletResponseWrapper {
        Utf8Named(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            boolean text = type != null && (type.startsWith("text/") || type.startsWith("application/n-"));
            super.setContentType(text && !type.contains("charset") ? type + "; charset=utf-8" : type);
        }

        @Override
        public void setCharacterEncoding(String charset) {
            if (charset != null) super.setCharacterEncoding(charset);
        }
    }
}
