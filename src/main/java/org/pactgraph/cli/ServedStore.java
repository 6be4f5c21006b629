package org.pactgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pactgraph.store.StoreException;
import org.pactgraph.store.StoreLock;

/**
 * Which server serves a store, so that commands that read the store ({@code export},
 * {@code backup}) can ask it instead of opening the store: TDB2 lets one process at a time open
 * a database, and only the server can read its generation in one consistent transaction while
 * it writes. {@code serve} writes its address into {@value #FILE} in the store folder once it
 * listens and removes it when it stops; the address counts only while a process holds the
 * store's serve lock, so the file a killed server left behind is ignored.
 */
final class ServedStore {
    static final String FILE = ".serve.url";

    private ServedStore() {}

    /** Records the address of the server that now serves the store. */
    static void record(Path storeDir, String baseUrl) {
        try {
            Files.writeString(storeDir.resolve(FILE), baseUrl + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + storeDir.resolve(FILE) + ": " + e.getMessage(), "check that the store folder is writable", e);
        }
    }

    /** Forgets the address, when the server stops. */
    static void forget(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException e) {
            // A file left behind is ignored once no process holds the serve lock.
        }
    }

    /** The base URL of the server serving the store now, or empty when no server does. */
    static Optional<URI> of(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (StoreLock probe = StoreLock.forServing(storeDir)) {
            return Optional.empty(); // nobody serves it: the file is a dead server's
        } catch (StoreException served) {
            try {
                return Optional.of(URI.create(Files.readString(file, StandardCharsets.UTF_8).strip()));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
