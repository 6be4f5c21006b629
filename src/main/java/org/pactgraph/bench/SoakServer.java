package org.pactgraph.bench;

import java.nio.file.Path;
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
 * Fuseki's own connector, buffer pool and thread count, the baseline. Runs until killed.
 * Usage: {@code SoakServer PORT STORE pactgraph|fuseki}.
 */
public final class SoakServer {
    private SoakServer() {}

    public static void main(String[] args) {
        ServerSettings settings = new ServerSettings("127.0.0.1", Integer.parseInt(args[0]));
        LiveDataset dataset = LiveDataset.open(TdbStore.at(Path.of(args[1])), message -> { });
        PactServer.Builder server = ServerAssembly.of(settings, SecurityModule.of(settings), dataset, LinkedDataSettings.defaults());
        if (args[2].equals("fuseki")) server.withFusekiConnector();
        server.start().join();
    }
}
