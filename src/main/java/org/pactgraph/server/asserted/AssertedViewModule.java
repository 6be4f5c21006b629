package org.pactgraph.server.asserted;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The asserted-only view of the store as a second dataset, {@value #DATASET}: SPARQL queries
 * ({@code /sparql}, {@code /query}) over every graph but the inferred one, whose default graph
 * is their union. {@code /pactgraph} stays the view with inferences. Read-only, like any
 * query endpoint; the server's timeout and row cap apply to it as to the other.
 */
public final class AssertedViewModule implements FusekiModule {
    /** The dataset name of the view. */
    public static final String DATASET = "/pactgraph-asserted";

    private final DatasetGraph store;

    public AssertedViewModule(DatasetGraph store) {
        this.store = store;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DataService service = DataService.newBuilder(new AssertedView(store))
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .build();
        builder.add(DATASET, service);
    }
}
