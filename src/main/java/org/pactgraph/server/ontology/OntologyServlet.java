package org.pactgraph.server.ontology;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.server.ontology.OntologyModel.Token;
import org.pactgraph.server.pages.LanguagePreference;
import org.pactgraph.server.pages.PageTemplates;
import org.pactgraph.server.pages.RdfDocument;
import org.pactgraph.server.pages.Representation;

/** Serves the ontology graph: 303 from the IRI to a document, then each document by its suffix. */
final class OntologyServlet extends HttpServlet {
    private final transient DatasetGraph store;
    private final transient PageTemplates templates = new PageTemplates();

    OntologyServlet(DatasetGraph store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String rest = uri.substring(OntologyModule.PATH.length());
        Graph ontology = copy();
        if (ontology.isEmpty() || !(rest.isEmpty() || rest.startsWith(".") || isVersion(ontology, rest))) {
            resp.setStatus(404);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println(ontology.isEmpty() ? "The store holds no ontology: load one with 'pactgraph load'."
                    : "No such version of the ontology; the current one is at " + OntologyModule.PATH);
            return;
        }
        if (!rest.startsWith(".")) {
            resp.setHeader("Vary", "Accept");
            Optional<Representation> wanted = Representation.negotiate(req.getHeader("Accept"));
            if (wanted.isEmpty()) {
                resp.setStatus(406);
                resp.setContentType("text/plain; charset=utf-8");
                resp.getWriter().println("None of the Accept header's types is offered; the ontology is available as: " + Representation.offered());
                return;
            }
            resp.setStatus(303);
            resp.setHeader("Location", OntologyModule.PATH + "." + wanted.get().suffix());
            return;
        }
        Optional<Representation> r = Representation.bySuffix(rest.substring(1));
        if (r.isEmpty()) {
            resp.setStatus(404);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println("The ontology is at " + OntologyModule.PATH + " followed by one of: "
                    + String.join(", ", java.util.Arrays.stream(Representation.values()).map(x -> "." + x.suffix()).toList()));
            return;
        }
        if (r.get() == Representation.HTML) {
            LanguagePreference language = LanguagePreference.of(req.getHeader("Accept-Language"));
            resp.setHeader("Content-Language", language.primary());
            resp.setHeader("Vary", "Accept-Language");
            templates.send(resp, 200, "ontology", new OntologyPage(ontology, language).build(formats()));
            return;
        }
        RdfDocument.ofGraph(ontology, NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)).send(resp, r.get());
    }

    /** The ontology graph, copied: it is small, and the page reads it many times. */
    private Graph copy() {
        return Txn.calculateRead(store, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)).find().forEachRemaining(g::add);
            g.getPrefixMapping().setNsPrefixes(org.apache.jena.riot.system.Prefixes.adapt(store.prefixes()));
            return g;
        });
    }

    /** True when the path names the loaded ontology's version IRI ({@code /ontology/0.1.0}). */
    private static boolean isVersion(Graph ontology, String rest) {
        Node o = NodeFactory.createURI(Pact.ONTOLOGY);
        return ontology.find(o, OWL2.versionIRI.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().isURI() && t.getObject().getURI().equals(Pact.ONTOLOGY + rest)).hasNext();
    }

    private static List<Token> formats() {
        List<Token> out = new ArrayList<>();
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) out.add(new Token(OntologyModule.PATH + "." + r.suffix(), r.format().title(), r.mediaType()));
        }
        return out;
    }
}
