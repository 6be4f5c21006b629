package org.pactgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.export.DatasetDescription;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.pages.LanguagePreference;
import org.pactgraph.server.pages.PageTemplates;
import org.pactgraph.server.pages.RdfDocument;
import org.pactgraph.server.pages.Representation;

/**
 * {@code /.well-known/void} (RFC 8615, the VoID specification's well-known location): the
 * dataset's VoID and DCAT description, computed from the store on each request, in every RDF
 * format resources are served in, by the Accept header; Turtle when the client takes anything
 * ({@code *\/*}). A browser, which prefers HTML, gets a page showing the Turtle, labelled as
 * the HTML it is.
 */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";
    /** Turtle first: what a client that takes anything gets. */
    private static final List<Representation> OFFER = List.of(Representation.TTL, Representation.JSONLD, Representation.RDFXML,
            Representation.NT, Representation.TRIG, Representation.NQ, Representation.HTML);

    private final transient DatasetGraph store;
    private final transient PageTemplates templates = new PageTemplates();

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

    /** The description as a document. */
    static RdfDocument document(DatasetGraph store, HttpServletRequest req) {
        return RdfDocument.ofGraph(new DatasetDescription().describe(store, access(req)), null);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Representation> r = Representation.negotiate(req.getHeader("Accept"), OFFER);
        if (r.isEmpty()) {
            RdfDocument.notAcceptable(resp, "the VoID", OFFER);
            return;
        }
        RdfDocument description = document(store, req);
        if (r.get() == Representation.HTML) {
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            description.write(Representation.TTL, turtle);
            LanguagePreference language = LanguagePreference.of(req.getHeader("Accept-Language"));
            templates.send(resp, 200, "void", new Page(language.primary(), "Dataset description (VoID)", PageTemplates.CSS,
                    turtle.toString(StandardCharsets.UTF_8), ServerSettings.DATASET + "/sparql"));
            return;
        }
        description.send(resp, r.get());
    }

    /** What the VoID page's template shows. */
    record Page(String lang, String title, String css, String turtle, String sparql) {}
}
