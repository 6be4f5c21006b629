package org.pactgraph.server.ontology;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.server.pages.Representation;

/**
 * The ontology at its IRI's path: {@code /ontology} (for https://w3id.org/pactgraph/ontology,
 * whose terms are {@code /ontology#Term}) answers 303 See Other to its HTML documentation or to
 * Turtle, RDF/XML, JSON-LD, N-Triples, TriG or N-Quads (the formats of every resource), by the
 * Accept header; {@code /ontology/{version}} does the same for the version IRI. Everything is generated from the store's ontology graph on each
 * request, so it always shows the ontology that was loaded.
 */
public final class OntologyModule implements FusekiModule {
    static final String PATH = "/ontology";

    private final DatasetGraph store;

    public OntologyModule(DatasetGraph store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "PactGraph ontology";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        OntologyServlet servlet = new OntologyServlet(store);
        builder.addServlet(PATH, servlet);
        builder.addServlet(PATH + "/*", servlet);
        for (Representation r : Representation.values()) {
            builder.addServlet(PATH + "." + r.suffix(), servlet);
        }
    }
}
