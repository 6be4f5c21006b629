package org.pactgraph.server.linkeddata;

import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;

/**
 * Linked data: every resource IRI dereferences at {@code /id/...} (303 See Other to its HTML page
 * or RDF description, chosen by the Accept header), the dumps at {@code /dumps/}, the dataset's
 * VoID and DCAT description at {@code /.well-known/void}, the JSON-LD context at
 * {@code /context.jsonld}, and the SPARQL 1.1 Service Description of each query endpoint at the
 * endpoint itself, asked without a query ({@link ServiceDescriptionFilter}).
 */
public final class LinkedDataModule implements FusekiModule {
    private final DatasetGraph store;
    private final LinkedDataSettings settings;

    public LinkedDataModule(DatasetGraph store, LinkedDataSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "PactGraph linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PageLinks.ID_PATH + "*", new ResourceServlet(store, settings));
        builder.addServlet(DumpServlet.PATH + "*", new DumpServlet(store));
        builder.addServlet(VoidServlet.PATH, new VoidServlet(store));
        builder.addServlet(ContextServlet.PATH, new ContextServlet(store));
        for (String endpoint : List.of("sparql", "query")) {
            builder.addFilter(ServerSettings.DATASET + "/" + endpoint, new ServiceDescriptionFilter(store, true));
            builder.addFilter(AssertedViewModule.DATASET + "/" + endpoint, new ServiceDescriptionFilter(store, false));
        }
    }
}
