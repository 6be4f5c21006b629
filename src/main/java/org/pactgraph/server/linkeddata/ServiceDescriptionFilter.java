package org.pactgraph.server.linkeddata;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.server.pages.RdfDocument;
import org.pactgraph.server.pages.Representation;

/**
 * A GET of a query endpoint without a query (Fuseki answers 404 "Service Description") is
 * answered with its {@link ServiceDescription}, in the RDF format the Accept header prefers,
 * Turtle for a client that takes anything; a browser, which prefers HTML, is sent on to the
 * query page. Requests with a query pass through to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final List<Representation> OFFER = List.of(Representation.TTL, Representation.JSONLD, Representation.RDFXML,
            Representation.NT, Representation.TRIG, Representation.NQ, Representation.HTML);

    private final DatasetGraph store;
    private final boolean inferred;

    ServiceDescriptionFilter(DatasetGraph store, boolean inferred) {
        this.store = store;
        this.inferred = inferred;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getQueryString() != null && !request.getQueryString().isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("Vary", "Accept");
        Optional<Representation> r = Representation.negotiate(request.getHeader("Accept"), OFFER);
        if (r.isEmpty()) {
            RdfDocument.notAcceptable(response, "the service description", OFFER);
            return;
        }
        if (r.get() == Representation.HTML) {
            response.setStatus(303);
            response.setHeader("Location", "/");
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().println("303 See Other: this is a SPARQL endpoint; send a query, or use the query page at /");
            return;
        }
        String base = VoidServlet.access(request).sparqlEndpoint().replaceFirst("/pactgraph/sparql$", "");
        Graph description = Txn.calculateRead(store, () ->
                ServiceDescription.of(store, base + request.getRequestURI(), inferred, base + VoidServlet.PATH));
        RdfDocument.ofGraph(description, null).send(response, r.get());
    }
}
