package org.pactgraph.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;

/**
 * The dataset a query runs over when it names its own with {@code FROM} and {@code FROM NAMED}:
 * the store's graphs it names, the {@code FROM} graphs merged into the default graph and the
 * {@code FROM NAMED} graphs as its named graphs (an empty default graph when it names only
 * those). This is what Fuseki's query endpoint does, with the same Jena call, so that
 * {@code pactgraph query --store} and {@code /pactgraph/sparql} answer a query alike; TDB2's
 * own engine otherwise takes the store's whole union as the default graph and ignores {@code FROM}.
 */
public final class FromClauses {
    /** A query and the dataset to run it over. */
    public record Scoped(Query query, DatasetGraph dataset) {}

    private FromClauses() {}

    /**
     * The store itself for a query without {@code FROM} or {@code FROM NAMED}; else the view
     * of the store they describe, with a copy of the query that no longer names them. The
     * caller holds a read transaction on the store.
     */
    public static Scoped apply(Query query, DatasetGraph store) {
        if (!query.hasDatasetDescription()) return new Scoped(query, store);
        DatasetGraph view = DynamicDatasets.dynamicDataset(DatasetDescription.create(query), store, false);
        Query rest = query.cloneQuery();
        rest.getGraphURIs().clear();
        rest.getNamedGraphURIs().clear();
        return new Scoped(rest, view);
    }
}
