package org.pactgraph.load;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactgraph.store.Store;
import org.pactgraph.store.TdbStore;
import org.pactgraph.store.UserGraphs;

/**
 * Loads data/ and ontology/ into a store. The local TDB2 store is changed in place when only
 * announcements changed ({@link IncrementalLoad}), else written by streaming into a fresh
 * generation with TDB2's bulk loader ({@link BulkLoader}); either way its user graphs are kept.
 * A remote store gets the
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
            if (store instanceof TdbStore tdb) return loadLocal(files, tdb);
            GraphBuilder.Built built = new GraphBuilder().build(files);
            long start = System.nanoTime();
            store.replace(built.dataset(), metadata(files, built.report().documents(), built.report().totalTriples()));
            Map<String, Long> timings = new java.util.LinkedHashMap<>(built.report().millisByStage());
            timings.put("store", (System.nanoTime() - start) / 1_000_000);
            return new LoadReport(built.report().documents(), built.report().facts(), built.report().triplesByGraph(), timings);
        }
    }

    /**
     * Loads the local store incrementally where only announcements changed ({@link IncrementalLoad}),
     * else in full.
     */
    private LoadReport loadLocal(InputFiles files, TdbStore store) {
        DocumentIndex index = DocumentIndex.of(files);
        Map<String, String> before = store.metadata();
        Optional<LoadReport> incremental = new IncrementalLoad(files, index, bulk).into(store, i -> {
            Map<String, String> m = new TreeMap<>(metadata(files, i.documents().size(), Long.parseLong(before.getOrDefault("triples", "0"))));
            m.remove("triples"); // not counted by an incremental load
            m.putAll(i.metadata());
            return m;
        });
        return incremental.orElseGet(() -> bulkLoad(files, store, index));
    }

    /**
     * Streams the load into a fresh generation of the local store with TDB2's bulk loader, then
     * switches to it. The user graphs of the generation in use go into the new one; when a server
     * reads that generation (so that this process cannot open it), the server carries them over
     * when it moves ({@link TdbStore#CARRY_USER_GRAPHS}).
     */
    private LoadReport bulkLoad(InputFiles files, TdbStore store, DocumentIndex index) {
        Optional<UserGraphs> users = store.userGraphsIfUnserved();
        Optional<String> home = store.userGraphsHome();
        LoadReport[] report = new LoadReport[1];
        store.replace(location -> {
            report[0] = new BulkLoader(bulk).write(files, users.orElse(UserGraphs.NONE), location);
            Map<String, String> m = new TreeMap<>(metadata(files, report[0].documents(), report[0].totalTriples()));
            m.putAll(index.metadata());
            if (users.isEmpty() && home.isPresent()) m.put(TdbStore.CARRY_USER_GRAPHS, home.get());
            return m;
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
        if (store instanceof TdbStore tdb && tdb.updateInterrupted()) return true;
        String built = store.metadata().get(FINGERPRINT);
        return built == null || !built.equals(InputFiles.scan(settings).fingerprint());
    }
}
