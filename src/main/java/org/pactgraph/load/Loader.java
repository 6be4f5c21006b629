package org.pactgraph.load;

import java.time.Instant;
import java.util.Map;
import org.pactgraph.store.Store;
import org.pactgraph.store.TdbStore;

/**
 * Loads data/ and ontology/ into a store: builds the complete graph in memory (see
 * {@link GraphBuilder}), then replaces the store's content whole (see {@link Store#replace}). A
 * load that fails while building leaves the store exactly as it was.
 */
public final class Loader {
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
        return isStale(settings, TdbStore.at(settings.storeDir()));
    }

    /** True when the given store is missing or was built from other inputs than those there now. */
    public boolean isStale(LoadSettings settings, Store store) {
        if (!store.exists()) return true;
        String built = store.metadata().get(FINGERPRINT);
        return built == null || !built.equals(InputFiles.find(settings).fingerprint());
    }
}
