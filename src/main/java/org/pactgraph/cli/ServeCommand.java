package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pactgraph serve}: loads when needed, then serves the store over SPARQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Loads first when the store is missing or older than data/ and ontology/,",
                "then serves it read-only with embedded Fuseki until Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin InputOptions inputs;

    @Option(names = "--host", defaultValue = "${env:PACTGRAPH_HOST:-127.0.0.1}",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "${env:PACTGRAPH_PORT:-3030}",
            description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ServerSettings serverSettings = new ServerSettings(host, port);
        LoadSettings settings = inputs.settings(store.store);
        Loader loader = new Loader();
        if (loader.isStale(settings)) {
            out.println("The store " + store.store + " is missing or older than its inputs; loading first.");
            out.flush();
            LoadCommand.print(out, loader.load(settings), store.store.toString());
        }
        TdbStore tdb = TdbStore.at(store.store);
        StoreLock lock = StoreLock.acquire(tdb.dir());
        DatasetGraph dataset = null;
        PactServer server;
        try {
            dataset = tdb.open();
            server = PactServer.start(serverSettings, dataset);
        } catch (RuntimeException e) {
            if (dataset != null) TdbStore.close(dataset);
            lock.close();
            throw e;
        }
        DatasetGraph opened = dataset;
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                server.close();
                TdbStore.close(opened);
                lock.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "pactgraph-shutdown"));
        out.println("PactGraph is serving " + store.store + " at " + server.baseUrl());
        out.println("  SPARQL query:      " + server.sparqlUrl());
        out.println("  Graph Store (read): " + server.graphStoreUrl());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        stop.run();
        return 0;
    }
}
