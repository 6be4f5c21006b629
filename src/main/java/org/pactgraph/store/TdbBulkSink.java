package org.pactgraph.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * A sink into an empty TDB2 database through TDB2's phased bulk loader (the loader that
 * {@code tdb2.tdbloader} uses by default). The bulk loader is not crash-safe, so the database
 * is always a fresh generation that nobody reads until the store switches to it.
 */
final class TdbBulkSink implements Sink {
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private boolean finished;

    TdbBulkSink(DatasetGraph emptyDatabase) {
        this.dsg = emptyDatabase;
        this.loader = LoaderFactory.phasedLoader(emptyDatabase, (format, args) -> { });
    }

    @Override
    public StreamRDF stream() {
        loader.startBulk();
        return loader.stream();
    }

    @Override
    public DatasetGraph finish() {
        loader.finishBulk();
        finished = true;
        return dsg;
    }

    @Override
    public void abandon(RuntimeException cause) {
        if (finished) return;
        try {
            loader.finishException(cause);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
