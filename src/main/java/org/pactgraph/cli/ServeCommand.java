package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pactgraph.server.assembly.ServerAssembly;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;
import org.pactgraph.server.backup.BackupModule;
import org.pactgraph.server.explain.ExplainModule;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.ops.OperationsModule;
import org.pactgraph.server.reconcile.ReconcileModule;
import org.pactgraph.server.search.SearchModule;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.LiveDataset;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pactgraph serve}: loads when needed, then serves the store over SPARQL and the query page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Loads first when the store is missing or older than data/ and ontology/,",
                "then serves it with embedded Fuseki until Ctrl-C or SIGTERM: SPARQL, the query page at /,",
                "health at /$/ping and Prometheus metrics at /$/metrics. Read-only unless --auth is given."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin InputOptions inputs;
    @Mixin ServerOptions options;
    @Mixin LinkedDataOptions linkedData;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ServerSettings serverSettings = options.settings();
        LinkedDataSettings linkedDataSettings = settingsOf(linkedData);
        SecurityModule security = SecurityModule.of(serverSettings);
        java.nio.file.Path storeDir = store.localDir("serve",
                "PactGraph's server, its query page, limits, security and metrics run on the local store; a remote store serves SPARQL itself");
        LoadSettings settings = inputs.settings(storeDir);
        TdbStore tdb = TdbStore.at(storeDir);
        // Only the serve lock: a 'pactgraph load' may run meanwhile, and the server moves to its result.
        StoreLock lock = StoreLock.forServing(tdb.dir());
        LiveDataset dataset = null;
        PactServer server;
        try {
            Loader loader = new Loader();
            if (loader.isStale(settings)) {
                out.println("The store " + store.store + " is missing or older than its inputs; loading first.");
                out.flush();
                LoadCommand.print(out, loader.load(settings), storeDir.toString());
            }
            dataset = LiveDataset.open(tdb, message -> {
                out.println(message);
                out.flush();
            });
            server = ServerAssembly.of(serverSettings, security, dataset, linkedDataSettings,
                    settings.ontologyDir().resolve(org.pactgraph.load.InputFiles.SHAPES_FILE)).start();
        } catch (RuntimeException e) {
            if (dataset != null) dataset.close();
            lock.close();
            throw e;
        }
        LiveDataset opened = dataset;
        ServedStore.record(tdb.dir(), server.baseUrl());
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                ServedStore.forget(tdb.dir());
                server.close();
                opened.close();
                lock.close();
                out.println("PactGraph stopped; the store " + store.store + " is closed.");
                out.flush();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "pactgraph-shutdown"));
        printEndpoints(out, server, serverSettings, security.writable());
        server.join();
        stop.run();
        return 0;
    }

    private LinkedDataSettings settingsOf(LinkedDataOptions o) {
        try {
            return o.settings();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid --base-url: " + e.getMessage());
        }
    }

    private void printEndpoints(PrintWriter out, PactServer server, ServerSettings s, boolean writable) {
        out.println("PactGraph is serving " + store.store + " at " + server.baseUrl());
        out.println("  Query page:          " + server.baseUrl() + "/");
        out.println("  SPARQL query:        " + server.sparqlUrl());
        out.println("  Graph Store (read):  " + server.graphStoreUrl());
        out.println("  Asserted only:       " + server.baseUrl() + AssertedViewModule.DATASET + "/sparql  (without graph/inferred)");
        out.println("  Explanations:        " + server.baseUrl() + ExplainModule.PATH + "?s=IRI&p=IRI&o=IRI");
        if (writable) {
            out.println("  SPARQL update:       " + server.baseUrl() + ServerSettings.DATASET + "/" + SecurityModule.UPDATE
                    + "  (HTTP Basic, users of " + s.authFile().orElseThrow() + ")");
            out.println("  Graph Store (write): " + server.baseUrl() + ServerSettings.DATASET + "/" + SecurityModule.DATA);
            out.println("  Backups:             POST " + server.baseUrl() + BackupModule.PATH + "  (writers; into " + store.store + "/backups)");
            out.println("  Review queue:        " + server.baseUrl() + org.pactgraph.server.review.ReviewModule.PATH + "  (writers)");
        }
        out.println("  Linked data:         " + server.baseUrl() + "/id/{kind}/{slug} (for " + linkedData.baseUrl + "...), "
                + server.baseUrl() + "/dumps/, " + server.baseUrl() + "/.well-known/void");
        out.println("  Ontology:            " + server.baseUrl() + "/ontology");
        out.println("  Entity search:       " + server.baseUrl() + SearchModule.PATH + "?q=NAME");
        out.println("  Reconciliation:      " + server.baseUrl() + ReconcileModule.PATH + "  (W3C Reconciliation API 0.2, e.g. for OpenRefine)");
        out.println("  Health, metrics:     " + server.baseUrl() + OperationsModule.PING + ", " + server.baseUrl() + OperationsModule.METRICS);
        out.println("Timeout " + s.timeout().toMillis() / 1000.0 + " s; "
                + (s.anonymousRowLimit() == 0 ? "no row cap" : "anonymous queries get at most " + s.anonymousRowLimit() + " rows")
                + "; SERVICE "
                + (s.allowService() ? "allowed" : "refused") + ", LOAD " + (s.allowLoad() ? "allowed" : "refused")
                + (writable ? "." : "; read-only (no --auth)."));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
