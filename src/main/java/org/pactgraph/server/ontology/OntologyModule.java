package org.pactgraph.server.ontology;

import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;

/** The ontology at /ontology. */
public final class OntologyModule implements FusekiModule {
    private final DatasetGraph store;

    public OntologyModule(DatasetGraph store) {
        this.store = store;
    }
}
