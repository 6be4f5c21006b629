package org.pactgraph.load;

import java.time.Instant;
import java.util.Map;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;

/**
 * Loads data/ and ontology/ into a TDB2 store: builds the complete graph in memory (see
 * {@link GraphBuilder}), then replaces the store's content in one transaction. A load that fails
 * at any stage leaves the store exactly as it was.
 */
public final class Loader {
    /** The metadata key holding the fingerprint of the inputs a store was built from. */
    public static final String FINGERPRINT = "inputs.fingerprint";

    /** Loads, holding the store's lock for the whole time. */
    public LoadReport load(LoadSettings settings) {
        InputFiles files = InputFiles.find(settings);
        TdbStore store = TdbStore.at(settings.storeDir());
        try (StoreLock lock = StoreLock.acquire(store.dir())) {
            GraphBuilder.Built built = new GraphBuilder().build(files);
            long start = System.nanoTime();
            store.replace(built.dataset(), Map.of(
                    FINGERPRINT, files.fingerprint(),
                    "loaded.at", Instant.now().toString(),
                    "documents", Integer.toString(built.report().documents()),
                    "triples", Long.toString(built.report().totalTriples())));
            Map<String, Long> timings = new java.util.LinkedHashMap<>(built.report().millisByStage());
            timings.put("store", (System.nanoTime() - start) / 1_000_000);
            return new LoadReport(built.report().documents(), built.report().facts(), built.report().triplesByGraph(), timings);
        }
    }

    /** True when the store is missing or was built from other inputs than those there now. */
    public boolean isStale(LoadSettings settings) {
        TdbStore store = TdbStore.at(settings.storeDir());
        if (!store.exists()) return true;
        String built = store.metadata().get(FINGERPRINT);
        return built == null || !built.equals(InputFiles.find(settings).fingerprint());
    }
}
