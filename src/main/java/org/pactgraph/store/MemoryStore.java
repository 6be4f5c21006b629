package org.pactgraph.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * A store held in this process's memory: a load writes a fresh dataset and the store switches
 * to it with one assignment, or changes the dataset in place in one write transaction (an
 * incremental load). For tests, tools and small corpora that need no store on disk; it
 * disappears with the process.
 */
public final class MemoryStore implements Store {
    private volatile DatasetGraph current;
    private volatile Map<String, String> metadata = Map.of();

    /** An empty store. */
    public static MemoryStore empty() {
        return new MemoryStore();
    }

    private MemoryStore() {}

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public boolean exists() {
        return current != null;
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    /** One load at a time: a load holds the store's monitor. */
    @Override
    public synchronized Lock lock() {
        return () -> { };
    }

    @Override
    public synchronized void replaceWith(Function<Sink, Map<String, String>> writer) {
        MemorySink sink = new MemorySink();
        Map<String, String> written = writer.apply(sink);
        current = sink.dataset();
        metadata = Map.copyOf(written);
    }

    @Override
    public synchronized boolean update(Function<DatasetGraph, Map<String, String>> change) {
        DatasetGraph dsg = current;
        if (dsg == null) return false;
        dsg.begin(TxnType.WRITE);
        try {
            Map<String, String> written = change.apply(dsg);
            dsg.commit();
            metadata = Map.copyOf(written);
            return true;
        } finally {
            dsg.end();
        }
    }

    @Override
    public Optional<UserGraphs> userGraphsIfUnserved() {
        DatasetGraph dsg = current;
        return Optional.of(dsg == null ? UserGraphs.NONE : Txn.calculateRead(dsg, () -> UserGraphs.of(dsg)));
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> use) {
        DatasetGraph dsg = dataset();
        return Txn.calculateRead(dsg, () -> {
            FromClauses.Scoped scoped = FromClauses.apply(query, withUnionDefaultGraph(dsg));
            try (QueryExec exec = QueryExec.dataset(scoped.dataset()).query(scoped.query()).build()) {
                return use.apply(exec);
            }
        });
    }

    @Override
    public void read(Consumer<DatasetGraph> use) {
        use.accept(dataset());
    }

    private DatasetGraph dataset() {
        DatasetGraph dsg = current;
        if (dsg == null) throw new StoreException("There is nothing loaded in the store in memory", "load it first");
        return dsg;
    }

    /** The named graphs as they are, and their union, with set semantics, as the default graph (as TDB2's option gives). */
    private static DatasetGraph withUnionDefaultGraph(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.create(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dsg.getGraph(g)));
        return view;
    }
}
