package org.pactgraph.store;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Where a load writes and where queries and exports read: the local TDB2 store
 * ({@link TdbStore}) or a remote SPARQL 1.1 store ({@link SparqlStore}). Both are replaced whole
 * by a load; what "whole" and "at once" can mean differs, and each implementation says how.
 */
public sealed interface Store permits TdbStore, SparqlStore {
    /** The prefix of a {@code --store} value that names a remote SPARQL store. */
    String SPARQL_SCHEME = "sparql:";

    /**
     * The store a {@code --store} value names: {@code sparql:URL} for a remote SPARQL store
     * (with the given update and Graph Store Protocol endpoints, or the defaults of
     * {@link SparqlEndpoints#of}), anything else a TDB2 store folder.
     */
    static Store of(String location, String updateUrl, String gspUrl) {
        if (location.startsWith(SPARQL_SCHEME)) {
            return new SparqlStore(SparqlEndpoints.of(location.substring(SPARQL_SCHEME.length()), updateUrl, gspUrl));
        }
        if (updateUrl != null || gspUrl != null) {
            throw new StoreException("--update-url and --gsp-url are for a remote store, not the folder " + location,
                    "give --store sparql:URL, or leave the two options out");
        }
        return TdbStore.at(java.nio.file.Path.of(location));
    }

    /** The folder or URL, for messages. */
    String location();

    /** True when a load has completed into this store. */
    boolean exists();

    /** The metadata the last completed load recorded, empty when there is none. */
    Map<String, String> metadata();

    /** Keeps other PactGraph processes out while a load writes, where the store allows it. */
    Lock lock();

    /** A held lock, released by closing it. */
    interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** Replaces the store's content with the dataset's named graphs; see each implementation for how atomic that is. */
    void replace(DatasetGraph content, Map<String, String> metadata);

    /**
     * Runs a query with the union of all named graphs as the default graph and hands its
     * execution to {@code use}, within a read transaction where the store has them.
     */
    <T> T query(Query query, Function<QueryExec, T> use);

    /** Hands the store's named graphs, as one dataset, to {@code use} (an export, for instance). */
    void read(Consumer<DatasetGraph> use);
}
