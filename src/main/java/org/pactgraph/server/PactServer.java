package org.pactgraph.server;

import java.io.IOException;
import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server: the dataset, read-only, at {@value ServerSettings#DATASET} with a
 * SPARQL query endpoint ({@code /sparql}) and a Graph Store Protocol read endpoint ({@code /get}).
 */
public final class PactServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final String host;

    private PactServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Builds and starts the server, or fails with a clear message when the port is taken. */
    public static PactServer start(ServerSettings settings, DatasetGraph dataset) {
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .add(ServerSettings.DATASET, dataset, false)
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(settings.host());
        }
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

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
