package org.pactgraph.load;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactgraph.store.Store;
import org.pactgraph.store.TdbStore;
import org.pactgraph.store.UserGraphs;

/**
 * Loads data/ and ontology/ into a store, any store: when only announcements changed and the
 * store can change in place, only those ({@link IncrementalLoad}); else in full, through the one
 * {@link LoadPipeline} writing into the store's {@link org.pactgraph.store.Sink} (TDB2's bulk
 * loader into a fresh generation, a dataset in memory, or a remote SPARQL store's staged graphs),
 * after which the store switches to the new content. User graphs are kept either way. A load
 * that fails leaves the store exactly as it was.
 */
public final class Loader {
    private final LoadPipeline.Options options;

    /** A loader with one extraction thread per processor, showing no progress. */
    public Loader() {
        this(LoadPipeline.Options.defaults());
    }

    /** A loader with the given threads, window and progress (see {@link LoadPipeline}). */
    public Loader(LoadPipeline.Options options) {
        this.options = options;
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
            // Read once: at 10,000 announcements the metadata holds 20,000 entries.
            Map<String, String> before = store.updatesInPlace() && !store.updateInterrupted() ? store.metadata() : Map.of();
            Optional<DocumentIndex> recorded = DocumentIndex.of(before);
            // The announcements whose files are as the store's index recorded them are not read again.
            DocumentIndex index = DocumentIndex.of(files, recorded);
            Optional<LoadReport> incremental = Optional.empty();
            if (store.updatesInPlace()) {
                incremental = new IncrementalLoad(files, index, options).into(store, recorded, i -> {
                    Map<String, String> m = new TreeMap<>(metadata(files, i.documents().size(), Long.parseLong(before.getOrDefault("triples", "0"))));
                    m.remove("triples"); // not counted by an incremental load
                    m.putAll(i.metadata());
                    return m;
                });
            }
            return incremental.orElseGet(() -> fullLoad(files, store, index));
        }
    }

    /**
     * Streams the load into fresh content of the store, then switches to it. The user graphs of
     * the content in use go into the new one; when the store cannot hand them over now (a server
     * in another process reads that TDB2 generation), the server carries them over when it moves
     * ({@link TdbStore#CARRY_USER_GRAPHS}).
     */
    private LoadReport fullLoad(InputFiles files, Store store, DocumentIndex index) {
        Optional<UserGraphs> users = store.userGraphsIfUnserved();
        Optional<String> home = store.userGraphsHome();
        LoadReport[] report = new LoadReport[1];
        store.replaceWith(sink -> {
            report[0] = new LoadPipeline(options).write(files, users.orElse(UserGraphs.NONE), sink);
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
        if (store.updateInterrupted()) return true;
        String built = store.metadata().get(FINGERPRINT);
        return built == null || !built.equals(InputFiles.scan(settings).fingerprint());
    }
}
