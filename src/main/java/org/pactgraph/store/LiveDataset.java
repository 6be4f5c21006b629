package org.pactgraph.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Transactional.Promote;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;

/**
 * The store as a server sees it: always the generation {@code current} points to, while a load
 * may write the next one beside it. Each transaction is pinned to the generation that was
 * current when it began, so a query sees one generation from its first row to its last; the
 * next transaction begins on the newest one. The idea is that of TDB2's own switchable dataset
 * (used for compaction), with the switch made per transaction instead of under an exclusive
 * lock, so that no query waits for another to finish.
 *
 * <p>The server takes a shared {@link GenerationHold} on each generation it has open, so that a
 * load never deletes it; when no transaction uses an old generation any more, the server closes
 * it and deletes it if nobody else holds it. Without a transaction, calls go to the newest
 * generation. Queries still run on TDB2's own query engine, with the pinned generation.
 */
public final class LiveDataset extends DatasetGraphWrapper {
    static {
        QueryEngineRegistry.addFactory(new PinnedEngineFactory());
    }

    /** One open generation and the transactions that use it. Guarded by the dataset's lock. */
    private static final class Served {
        final Path dir;
        final DatasetGraph dsg;
        final GenerationHold hold;
        int users;
        boolean retired;

        Served(Path dir, DatasetGraph dsg, GenerationHold hold) {
            this.dir = dir;
            this.dsg = dsg;
            this.hold = hold;
        }
    }

    private final TdbStore store;
    private final Consumer<String> log;
    private final Object lock = new Object();
    private final ThreadLocal<Served> pinned = new ThreadLocal<>();
    private volatile Served current;
    private volatile long retryAfter;
    private final AtomicLong writes = new AtomicLong();
    private boolean closed;

    private LiveDataset(TdbStore store, Served first, Consumer<String> log) {
        // The context is the dataset's own, so settings made on it (timeouts) outlive a switch.
        super(first.dsg, first.dsg.getContext().copy());
        this.store = store;
        this.current = first;
        this.log = log;
    }

    /**
     * Opens the store's current generation. {@code log} hears of each switch (and of a new
     * generation that cannot be opened, in which case the old one goes on being served).
     */
    public static LiveDataset open(TdbStore store, Consumer<String> log) {
        Served first = acquire(store).orElseThrow(() -> new StoreException(
                "The store " + store.dir() + " changed while it was being opened", "start again"));
        try {
            store.receiveUserGraphs(first.dir, first.dsg);
        } catch (RuntimeException e) {
            TdbStore.close(first.dsg);
            first.hold.close();
            throw e;
        }
        return new LiveDataset(store, first, log);
    }

    /** The folder of the generation this thread's transaction reads, or outside a transaction the one new transactions begin on. */
    public Path generationInUse() {
        Served s = pinned.get();
        return s != null ? s.dir : current.dir;
    }

    /** The folder of the generation new transactions begin on. */
    public Path generation() {
        return current.dir;
    }

    /**
     * How many write transactions were committed through this dataset: with {@link #generation()},
     * tells a cache built from the data (the search index) whether the data changed since.
     */
    public long writesCommitted() {
        return writes.get();
    }

    /** Takes a hold on the current generation and opens it, or empty when it moved meanwhile. */
    private static Optional<Served> acquire(TdbStore store) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Path dir = store.currentGenerationOrFail();
            Optional<GenerationHold> hold = GenerationHold.shared(dir);
            if (hold.isEmpty()) continue;
            // A load switches before it deletes: if current still names it, nobody deletes it now.
            if (!dir.equals(store.currentGeneration().orElse(null))) {
                hold.get().close();
                continue;
            }
            try {
                return Optional.of(new Served(dir, TdbStore.openGeneration(dir), hold.get()));
            } catch (RuntimeException e) {
                hold.get().close();
                throw e;
            }
        }
        return Optional.empty();
    }

    /** Moves to a newer generation when {@code current} points elsewhere. Called before each transaction. */
    private void refresh() {
        Served now = current;
        Optional<Path> latest = store.currentGeneration();
        if (latest.isEmpty() || latest.get().equals(now.dir) || System.nanoTime() < retryAfter) return;
        boolean unused;
        synchronized (lock) {
            if (closed || current != now) return; // another thread switched already
            Optional<Served> next;
            try {
                next = acquire(store);
            } catch (RuntimeException e) {
                next = Optional.empty();
                log.accept("Cannot open " + latest.get() + " (" + e.getMessage() + "); still serving " + now.dir.getFileName());
            }
            if (next.isEmpty()) {
                retryAfter = System.nanoTime() + 1_000_000_000L;
                return;
            }
            try {
                carryUserGraphs(now, next.get());
            } catch (RuntimeException e) {
                TdbStore.close(next.get().dsg);
                next.get().hold.close();
                retryAfter = System.nanoTime() + 1_000_000_000L;
                log.accept("Cannot carry the user graphs into " + latest.get() + " (" + e.getMessage() + "); still serving " + now.dir.getFileName());
                return;
            }
            current = next.get();
            now.retired = true;
            log.accept("Now serving " + current.dir.getFileName() + " (was " + now.dir.getFileName() + ")");
            unused = now.users == 0;
        }
        if (unused) retire(now);
    }

    /**
     * Copies the user graphs of the generation served into the next one when the load that
     * wrote it left them to the server ({@link TdbStore#CARRY_USER_GRAPHS}). It holds the old
     * generation's write transaction meanwhile, so that the write in flight there ends first and
     * none begins; a write that was waiting for it finds its generation retired and begins
     * again on the new one (see {@link #begin(Runnable)}).
     */
    private void carryUserGraphs(Served from, Served to) {
        String source = TdbStore.metadataOf(to.dir).get(TdbStore.CARRY_USER_GRAPHS);
        if (source == null || !source.equals(from.dir.getFileName().toString())) return;
        from.dsg.begin(TxnType.WRITE);
        try {
            UserGraphs users = UserGraphs.of(from.dsg);
            org.apache.jena.system.Txn.executeWrite(to.dsg, () -> users.replaceIn(to.dsg));
            store.userGraphsCarried(to.dir);
            if (!users.quads().isEmpty()) {
                log.accept("Carried " + users.graphCount() + " user graph(s) from " + from.dir.getFileName() + " into " + to.dir.getFileName());
            }
            from.retired = true; // seen by a write that waited for this transaction, before it can write
        } finally {
            from.dsg.abort();
            from.dsg.end();
        }
    }

    private void pin() {
        synchronized (lock) {
            Served s = current;
            s.users++;
            pinned.set(s);
        }
    }

    private void unpinWhenEnded() {
        Served s = pinned.get();
        if (s == null || s.dsg.isInTransaction()) return;
        pinned.remove();
        boolean unused;
        synchronized (lock) {
            unused = --s.users == 0 && s.retired;
        }
        if (unused) retire(s);
    }

    /** Closes a generation no transaction uses; deletes it when it is no longer current and nobody else reads it. */
    private void retire(Served s) {
        TdbStore.close(s.dsg);
        s.hold.close();
        if (!s.dir.equals(store.currentGeneration().orElse(null))) store.deleteIfUnused(s.dir);
    }

    /** The generation this thread's transaction uses, or the newest outside a transaction. */
    @Override
    protected DatasetGraph get() {
        Served s = pinned.get();
        return s != null ? s.dsg : current.dsg;
    }

    @Override
    public void begin(TxnType type) {
        begin(() -> get().begin(type));
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(() -> get().begin(mode));
    }

    @Override
    public void begin() {
        begin(() -> get().begin());
    }

    private void begin(Runnable start) {
        if (pinned.get() != null) { // nested: let TDB2 say what it says
            start.run();
            return;
        }
        for (;;) {
            refresh();
            pin();
            try {
                start.run();
            } catch (RuntimeException e) {
                unpinWhenEnded();
                throw e;
            }
            if (!writesToRetired()) return;
            // Its generation was left while it waited for the write lock: its writes would be lost with it.
            get().abort();
            get().end();
            unpinWhenEnded();
        }
    }

    private boolean writesToRetired() {
        Served s = pinned.get();
        if (s == null || s.dsg.transactionMode() != ReadWrite.WRITE) return false;
        synchronized (lock) {
            return s.retired;
        }
    }

    /** A read transaction of a generation that was left may not become a write: its writes would be lost with it. */
    @Override
    public boolean promote(Promote mode) {
        Served s = pinned.get();
        if (s != null) {
            synchronized (lock) {
                if (s.retired) return false;
            }
        }
        return get().promote(mode);
    }

    @Override
    public void commit() {
        try {
            boolean write = get().transactionMode() == ReadWrite.WRITE;
            get().commit();
            if (write) writes.incrementAndGet();
        } finally {
            unpinWhenEnded();
        }
    }

    @Override
    public void abort() {
        try {
            get().abort();
        } finally {
            unpinWhenEnded();
        }
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            unpinWhenEnded();
        }
    }

    /** Closes the current generation; one still in use is closed when its last transaction ends. */
    @Override
    public void close() {
        Served s;
        synchronized (lock) {
            if (closed) return;
            closed = true;
            s = current;
            s.retired = true;
            if (s.users > 0) return;
        }
        retire(s);
    }

    /**
     * Runs queries on a {@link LiveDataset} with TDB2's query engine over the generation the
     * transaction is pinned to, so that they get TDB2's optimizer and the union default graph.
     */
    private static final class PinnedEngineFactory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return dataset instanceof LiveDataset;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            DatasetGraph dsg = ((LiveDataset) dataset).get();
            return QueryEngineTDB.getFactory().create(query, dsg, input, context);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return dataset instanceof LiveDataset;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            DatasetGraph dsg = ((LiveDataset) dataset).get();
            return QueryEngineTDB.getFactory().create(op, dsg, input, context);
        }
    }
}
