package org.pactgraph.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Where a load writes and where queries and exports read: the local TDB2 store
 * ({@link TdbStore}), a remote SPARQL 1.1 store ({@link SparqlStore}) or a dataset in memory
 * ({@link MemoryStore}). A full load writes through the {@link Sink} the store gives and the store
 * then switches to what was written; what "whole" and "at once" can mean differs, and each
 * implementation says how. Stores that can change in place also take incremental loads.
 */
public sealed interface Store permits TdbStore, SparqlStore, MemoryStore {
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

    /**
     * Replaces the store's content with what {@code writer} writes into the sink it is given;
     * when the writer returns the load's metadata the store switches to the new content, when it
     * throws the store stays as it was. See each implementation for how atomic the switch is. The
     * caller holds the store's {@link #lock()}.
     */
    void replaceWith(Function<Sink, Map<String, String>> writer);

    /** Replaces the store's content with the dataset's named graphs and prefixes (see {@link #replaceWith}). */
    default void replace(DatasetGraph content, Map<String, String> metadata) {
        replaceWith(sink -> {
            org.apache.jena.riot.system.StreamRDF out = sink.stream();
            content.prefixes().forEach(out::prefix);
            content.find().forEachRemaining(out::quad);
            sink.finish();
            return metadata;
        });
    }

    /**
     * Changes the content in place in one transaction: {@code change} gets the dataset within a
     * write transaction and returns the load's metadata. False, doing nothing, where the store
     * cannot (a remote store, or one that another process reads); the caller then replaces it.
     */
    default boolean update(Function<DatasetGraph, Map<String, String>> change) {
        return false;
    }

    /** True where {@link #update} may change the store in place (else an incremental load need not prepare anything). */
    default boolean updatesInPlace() {
        return true;
    }

    /**
     * The user graphs a full load writes into the new content, or empty when the store cannot
     * hand them over now (see {@link TdbStore#userGraphsIfUnserved}). A store whose switch leaves
     * graphs other than the load's alone has none to hand over.
     */
    default Optional<UserGraphs> userGraphsIfUnserved() {
        return Optional.of(UserGraphs.NONE);
    }

    /** Where the user graphs are while they cannot be handed over, to be recorded in the load's metadata. */
    default Optional<String> userGraphsHome() {
        return Optional.empty();
    }

    /** True when an in-place change was interrupted and the next load must replace the content whole. */
    default boolean updateInterrupted() {
        return false;
    }

    /**
     * Runs a query with the union of all named graphs as the default graph and hands its
     * execution to {@code use}, within a read transaction where the store has them.
     */
    <T> T query(Query query, Function<QueryExec, T> use);

    /** Hands the store's named graphs, as one dataset, to {@code use} (an export, for instance). */
    void read(Consumer<DatasetGraph> use);
}
