package org.pactgraph.server.ops;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * What an operator needs: {@code /$/ping} for health checks, {@code /$/metrics} in Prometheus'
 * text format (Fuseki's own Micrometer registry: requests, errors and timeouts per endpoint,
 * JVM memory and threads), and a log line with the timing of every request ({@link RequestLog}).
 */
public final class OperationsModule implements FusekiModule {
    /** The health check path. */
    public static final String PING = "/$/ping";
    /** The Prometheus metrics path. */
    public static final String METRICS = "/$/metrics";

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.enablePing(true);
        builder.enableMetrics(true);
        builder.addFilter("/*", new RequestLog());
    }
}
