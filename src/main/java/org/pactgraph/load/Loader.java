package org.pactgraph.load;

import java.time.Instant;
import java.util.Map;
import org.pactgraph.store.Store;
import org.pactgraph.store.TdbStore;

/**
 * Loads data/ and ontology/ into a store. The local TDB2 store is written by streaming into a
 * fresh generation with TDB2's bulk loader ({@link BulkLoader}); a remote store gets the
 * complete graph built in memory (see {@link GraphBuilder}), then replaces its content whole
 * (see {@link Store#replace}). A load that fails leaves the store exactly as it was.
 */
public final class Loader {
    private final BulkLoader.Options bulk;

    /** A loader that writes a local store with one extraction thread per processor, showing no progress. */
    public Loader() {
        this(BulkLoader.Options.defaults());
    }

    /** A loader that writes a local store with TDB2's bulk loader as the options say (see {@link BulkLoader}). */
    public Loader(BulkLoader.Options bulk) {
        this.bulk = bulk;
    }

    /** The metadata key holding the fingerprint of the inputs a store was built from. */
    public static final String FINGERPRINT = "inputs.fingerprint";

    /** Loads into the TDB2 store of the settings, holding its lock for the whole time. */
    public LoadReport load(LoadSettings settings) {
        return load(settings, TdbStore.at(settings.storeDir()));
    }

    /** Loads into the given store (the settings' store folder is not used), holding its lock where it has one. */
    public LoadReport load(LoadSettings settings, Store store) {
        InputFiles files = InputFiles.find(settings);
        try (Store.Lock lock = store.lock()) {
            if (store instanceof TdbStore tdb) return bulkLoad(files, tdb);
            GraphBuilder.Built built = new GraphBuilder().build(files);
            long start = System.nanoTime();
            store.replace(built.dataset(), metadata(files, built.report().documents(), built.report().totalTriples()));
            Map<String, Long> timings = new java.util.LinkedHashMap<>(built.report().millisByStage());
            timings.put("store", (System.nanoTime() - start) / 1_000_000);
            return new LoadReport(built.report().documents(), built.report().facts(), built.report().triplesByGraph(), timings);
        }
    }

    /** Streams the load into a fresh generation of the local store with TDB2's bulk loader, then switches to it. */
    private LoadReport bulkLoad(InputFiles files, TdbStore store) {
        LoadReport[] report = new LoadReport[1];
        store.replace(location -> {
            report[0] = new BulkLoader(bulk).write(files, location);
            return metadata(files, report[0].documents(), report[0].totalTriples());
        });
        return report[0];
    }

    private static Map<String, String> metadata(InputFiles files, int documents, long triples) {
        return Map.of(FINGERPRINT, files.fingerprint(), "loaded.at", Instant.now().toString(),
                "documents", Integer.toString(documents), "triples", Long.toString(triples));
    }

    /** True when the store is missing or was built from other inputs than those there now. */
    public boolean isStale(LoadSettings settings) {
        return isStale(settings, TdbStore.at(settings.storeDir()));
    }

    /** True when the given store is missing or was built from other inputs than those there now. */
    public boolean isStale(LoadSettings settings, Store store) {
        if (!store.exists()) return true;
        String built = store.metadata().get(FINGERPRINT);
        return built == null || !built.equals(InputFiles.scan(settings).fingerprint());
    }
}
