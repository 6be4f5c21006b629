package org.pactgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.assembly.ServerAssembly;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.LiveDataset;
import org.pactgraph.store.TdbStore;

/**
 * The server process of the soak benchmark: PactGraph's server as {@code pactgraph serve}
 * assembles it, over a loaded store, on loopback; with {@code fuseki} as third argument it keeps
 * Fuseki's own connector, buffer pool and thread count, the baseline. Every few seconds it
 * writes its own memory reading ({@link JvmMemory}) to MEMORY_FILE for the soak's report, and
 * measures its live set when the soak asks ({@link LiveSet}). Runs
 * until killed. Usage: {@code SoakServer PORT STORE pactgraph|fuseki MEMORY_FILE}.
 */
public final class SoakServer {
    /**
     * How often the server writes its memory reading: every second, so that a sample's reading is
     * at most a second old, even in a run of a few seconds (a small file replaced whole).
     */
    static final Duration MEMORY_EVERY = Duration.ofSeconds(1);

    private SoakServer() {}

    public static void main(String[] args) {
        if (args.length != 4 || !List.of("pactgraph", "fuseki").contains(args[2])) {
            throw new IllegalArgumentException("usage: SoakServer PORT STORE pactgraph|fuseki MEMORY_FILE; given " + List.of(args));
        }
        JvmMemory.writeEvery(Path.of(args[3]), MEMORY_EVERY);
        LiveSet.answerRequests(Path.of(args[3]));
        ServerSettings settings = new ServerSettings("127.0.0.1", Integer.parseInt(args[0]));
        LiveDataset dataset = LiveDataset.open(TdbStore.at(Path.of(args[1])), message -> { });
        PactServer.Builder server = ServerAssembly.of(settings, SecurityModule.of(settings), dataset, LinkedDataSettings.defaults());
        if (args[2].equals("fuseki")) server.withFusekiConnector();
        server.start().join();
    }
}
