package org.pactgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.export.DatasetDescription;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.pages.Representation;

/**
 * {@code /.well-known/void} (RFC 8615, the VoID specification's well-known location): the
 * dataset's VoID and DCAT description, computed from the store on each request, in Turtle,
 * JSON-LD, RDF/XML or N-Triples by the Accept header. A browser asking for HTML gets the Turtle
 * as plain text, to read rather than download.
 */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private final transient DatasetGraph store;

    VoidServlet(DatasetGraph store) {
        this.store = store;
    }

    /**
     * The SPARQL endpoint and dumps folder at the address and port the server listens on, as
     * the connection's own socket says: never the request's Host header, which the client
     * writes and which would otherwise be published as the dataset's address.
     */
    static DatasetDescription.Access access(HttpServletRequest req) {
        String address = req.getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        String base = "http://" + host + ":" + req.getLocalPort();
        return new DatasetDescription.Access(base + ServerSettings.DATASET + "/sparql", base + DumpServlet.PATH);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Representation r = Representation.negotiate(req.getHeader("Accept")).orElse(Representation.TTL);
        Graph description = new DatasetDescription().describe(store, access(req));
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        RDFFormat format = switch (r) {
            case JSONLD -> RDFFormat.JSONLD11;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            case NT, NQ -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        String type = switch (r) {
            case HTML -> "text/plain";
            case JSONLD, RDFXML -> r.mediaType();
            case NT, NQ -> "application/n-triples";
            default -> "text/turtle";
        };
        resp.setContentType(type + "; charset=utf-8");
        RDFWriter.source(description).format(format).output(resp.getOutputStream());
    }
}
