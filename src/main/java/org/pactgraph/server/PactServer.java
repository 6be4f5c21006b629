package org.pactgraph.server;

import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki server: the dataset, read-only, at {@value ServerSettings#DATASET} with a
 * SPARQL query endpoint ({@code /sparql}) and a Graph Store Protocol read endpoint ({@code /get}).
 * Each further feature (pages, security, metrics ...) joins as a Fuseki module, Fuseki's own
 * extension seam, so that no feature wires Jetty by hand.
 */
public final class PactServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final String host;

    private PactServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Starts a server with the plain SPARQL endpoints and no further modules. */
    public static PactServer start(ServerSettings settings, DatasetGraph dataset) {
        return builder(settings, dataset).start();
    }

    /** A builder for a server over the dataset; add modules, then {@link Builder#start()}. */
    public static Builder builder(ServerSettings settings, DatasetGraph dataset) {
        return new Builder(settings, dataset);
    }

    /** Collects the Fuseki modules of the features to serve beside the SPARQL endpoints. */
    public static final class Builder {
        private final ServerSettings settings;
        private final DatasetGraph dataset;
        private final List<FusekiModule> modules = new ArrayList<>();
        private boolean pooledBuffers = true;
        private boolean slicedAnswers = true;

        private Builder(ServerSettings settings, DatasetGraph dataset) {
            this.settings = settings;
            this.dataset = dataset;
        }

        /** Adds a feature's module; modules are called in the order added. */
        public Builder module(FusekiModule module) {
            modules.add(module);
            return this;
        }

        /**
         * Leaves Fuseki's own connector, byte-buffer pool and 20 threads in place, as before
         * PactGraph configured them (see {@link JettyCapacity}): only for the soak benchmark's baseline.
         */
        public Builder withFusekiConnector() {
            pooledBuffers = false;
            return this;
        }

        /**
         * Times each write of an answer whole however large, as before writes were sliced (see
         * {@link MinimumAnswerRate}): only for the answers benchmark's baseline.
         */
        public Builder writingAnswersWhole() {
            slicedAnswers = false;
            return this;
        }

        /** Builds and starts the server, or fails with a clear message when the port is taken. */
        public PactServer start() {
            int held = modules.stream().filter(ThreadHolder.class::isInstance).mapToInt(m -> ((ThreadHolder) m).mostThreadsHeld()).sum();
            List<FusekiModule> all = new ArrayList<>(modules);
            if (pooledBuffers) all.add(JettyCapacity.answerRate(slicedAnswers)); // last, so that it wraps what the others wrapped
            return PactServer.start(settings, dataset, FusekiModules.create(all), pooledBuffers, JettyCapacity.maxThreads(held));
        }
    }

    private static PactServer start(ServerSettings settings, DatasetGraph dataset, FusekiModules modules, boolean pooledBuffers,
                                    int maxThreads) {
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(modules)
                .port(settings.port())
                .add(ServerSettings.DATASET, dataset, false);
        if (pooledBuffers) builder.maxServerThreads(maxThreads);
        FusekiServer fuseki = builder.build();
        JettyCapacity.apply(fuseki.getJettyServer(), settings.host(), settings.port(), pooledBuffers);
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            fuseki.stop();
            if (causedByBind(e)) {
                throw new ServerException("Port " + settings.port() + " on " + settings.host() + " is already in use",
                        "stop the program using it or choose another with --port", e);
            }
            throw new ServerException("The server did not start: " + e.getMessage(), "run with --verbose for details", e);
        }
        return new PactServer(fuseki, settings.host());
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) return true;
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Failed to bind")) return true;
        }
        return false;
    }

    /** The port the server listens on (the chosen one when settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, such as http://127.0.0.1:3030. */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "localhost" : h) + ":" + port();
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + ServerSettings.DATASET + "/sparql";
    }

    /** The Graph Store Protocol read endpoint. */
    public String graphStoreUrl() {
        return baseUrl() + ServerSettings.DATASET + "/get";
    }

    /** Direct buffers the connector acquired past its pool's largest bucket (see {@link JettyCapacity}). */
    long unpooledAcquisitions() {
        return JettyCapacity.unpooledAcquisitions(fuseki.getJettyServer());
    }

    /** The server's outermost handler, the first to see a request and the last to see an answer's bytes. */
    org.eclipse.jetty.server.Handler outermostHandler() {
        return fuseki.getJettyServer().getHandler();
    }

    /** The threads of the server's pool now, and the most it may have. */
    int[] threads() {
        return JettyCapacity.threads(fuseki.getJettyServer());
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
