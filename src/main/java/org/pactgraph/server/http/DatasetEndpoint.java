package org.pactgraph.server.http;

import java.util.List;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;

/**
 * What a request path names on one of the server's datasets, told by its last segment, as Fuseki
 * dispatches it: a SPARQL query endpoint, the update endpoint, a Graph Store endpoint, the
 * dataset's own URL, or none of them. Written once for every filter that must tell a query from a
 * write or a Graph Store request from a SPARQL one; three filters ({@link OneGraphNamed},
 * {@link ConditionalGets}, {@link GraphStoreWrites}) each had a list of suffixes of their own.
 */
enum DatasetEndpoint {
    /** {@code /sparql} or {@code /query}: queries, which never write. */
    QUERY,
    /** {@code /update}: SPARQL Update. */
    UPDATE,
    /** Any other path under a dataset: the Graph Store's read ({@code /get}) or write ({@code /data}) endpoint, or no endpoint (404). */
    GRAPH_STORE,
    /** The dataset's own URL, which Fuseki dispatches by the request's parameters and body: a query, an update or the Graph Store. */
    DATASET,
    /** A path outside every dataset. */
    NONE;

    private static final List<String> DATASETS = List.of(ServerSettings.DATASET, AssertedViewModule.DATASET);

    /** What the path names. */
    static DatasetEndpoint of(String path) {
        String dataset = DATASETS.stream().filter(d -> path.equals(d) || path.startsWith(d + "/")).findFirst().orElse(null);
        if (dataset == null) return NONE;
        if (path.equals(dataset)) return DATASET;
        if (path.endsWith("/sparql") || path.endsWith("/query")) return QUERY;
        if (path.endsWith("/update")) return UPDATE;
        return GRAPH_STORE;
    }

    /** Whether the path is on the dataset writers write to ({@value ServerSettings#DATASET}), not the asserted view. */
    static boolean onWritableDataset(String path) {
        return path.equals(ServerSettings.DATASET) || path.startsWith(ServerSettings.DATASET + "/");
    }

    /** Whether a request to this endpoint may name a graph with {@code graph=} or {@code default}: the Graph Store, directly or through the dataset's URL. */
    boolean namesAGraph() {
        return this == GRAPH_STORE || this == DATASET;
    }
}
