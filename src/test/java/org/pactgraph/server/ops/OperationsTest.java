package org.pactgraph.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/** Health and metrics as a load balancer and Prometheus see them. */
class OperationsTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void pingAnswersOk() {
        assertEquals(200, server.get(OperationsModule.PING, "*/*").statusCode());
    }

    @Test
    void metricsCountQueriesInPrometheusFormat() {
        server.query("ASK {}", "application/sparql-results+json");
        HttpResponse<String> r = server.get(OperationsModule.METRICS, "text/plain");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        String queries = r.body().lines()
                .filter(l -> l.startsWith("fuseki_requests{") && l.contains("endpoint=\"sparql\"") && l.contains("operation=\"query\""))
                .findFirst().orElse("");
        assertTrue(queries.matches(".* [1-9][0-9.E]*$"), "query counter counts: " + queries);
        assertTrue(r.body().contains("jvm_memory_used_bytes"), "JVM metrics too");
    }
}
