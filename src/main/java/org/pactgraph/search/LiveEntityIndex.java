package org.pactgraph.search;

import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.store.LiveDataset;

/**
 * The entity index of the data being served. It is built on first use and again whenever the
 * data changed since: for a {@link LiveDataset}, when it moved to a new generation (a
 * {@code pactgraph load}) or a write was committed to the one it serves; any other dataset is
 * indexed once. A request that finds the index out of date builds the new one and others wait
 * for it, so an answer never comes from data older than the request.
 */
public final class LiveEntityIndex {
    private final DatasetGraph dataset;
    private final Supplier<String> version;
    private volatile Built current;

    private record Built(String version, EntityIndex index) {}

    public LiveEntityIndex(DatasetGraph dataset) {
        this.dataset = dataset;
        this.version = dataset instanceof LiveDataset live ? () -> versionOf(live) : () -> "";
    }

    /** The generation and the writes to it; an empty transaction first, which moves the dataset to the newest generation. */
    private static String versionOf(LiveDataset live) {
        Txn.executeRead(live, () -> { });
        return live.generation() + "#" + live.writesCommitted();
    }

    /** The index of the data as it is now. */
    public EntityIndex current() {
        Built b = current;
        String now = version.get();
        if (b != null && b.version().equals(now)) return b.index();
        synchronized (this) {
            b = current;
            now = version.get();
            if (b != null && b.version().equals(now)) return b.index();
            // The old index is left to the garbage collector: requests may still be reading it.
            EntityIndex fresh = EntityIndex.build(EntityCatalogue.read(dataset));
            current = new Built(now, fresh);
            return fresh;
        }
    }
}
