package org.pactgraph.server.explain;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.server.ServerSettings;

/**
 * Why a triple holds, over HTTP: {@code GET /pactgraph/explain?s=IRI&p=IRI&o=IRI} answers with
 * the tree of OWL 2 RL rules down to asserted triples and their sources, as an HTML page, or as
 * JSON when asked with {@code Accept: application/json} (or {@code format=json}). Terms may also
 * be prefixed names with the standard prefixes; an object that is a literal is written in
 * N-Triples or Turtle syntax ({@code "50000000.0"^^<http://www.w3.org/2001/XMLSchema#decimal>}).
 * Resource pages link each inferred statement here.
 */
public final class ExplainModule implements FusekiModule {
    /** The endpoint's path. */
    public static final String PATH = ServerSettings.DATASET + "/explain";

    private final DatasetGraph store;

    public ExplainModule(DatasetGraph store) {
        this.store = store;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new ExplainServlet(store));
    }
}
