package org.pactgraph.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.limits.LimitsModule;

/**
 * One anonymous reconciliation request costs no more than a query may: the largest batch the
 * bounds let through (queries with 20 properties of 100 values each, over entities that link to
 * many others) ends within the server's timeout, answered or refused with 503; and a number of
 * 900,000 digits in the JSON is refused before it is parsed. Before, a batch of
 * 70 such queries ran for 644 s and a 900,000-digit {@code limit} for 14 s.
 */
class ReconciliationCostTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final String PARTNER = "https://w3id.org/pactgraph/ontology#partnerOf";
    private static PactServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        int n = 300;
        for (int i = 0; i < n; i++) {
            Node org = NodeFactory.createURI("https://w3id.org/pactgraph/id/org/o" + i);
            data.add(Quad.defaultGraphIRI, org, RDFS.label.asNode(), NodeFactory.createLiteralLang("Organisation number " + i, "en"));
            for (int j = 1; j <= 20; j++) {
                data.add(Quad.defaultGraphIRI, org, NodeFactory.createURI(PARTNER), NodeFactory.createURI("https://w3id.org/pactgraph/id/org/o" + (i + j) % n));
            }
        }
        ServerSettings settings = new ServerSettings("127.0.0.1", 0).withTimeout(TIMEOUT);
        LiveEntityIndex index = new LiveEntityIndex(data);
        server = PactServer.builder(settings, data).module(new LimitsModule(settings)).module(new ReconcileModule(data, index, TIMEOUT)).start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        http.close();
        server.close();
    }

    @Test
    void theLargestBatchEndsWithinTheTimeout() throws Exception {
        StringBuilder values = new StringBuilder();
        for (int v = 0; v < 100; v++) values.append(v == 0 ? "" : ",").append("\"partner ").append(v).append('"');
        StringBuilder properties = new StringBuilder();
        for (int p = 0; p < 20; p++) properties.append(p == 0 ? "" : ",").append("{\"pid\":\"pact:partnerOf\",\"v\":[").append(values).append("]}");
        StringBuilder batch = new StringBuilder("{");
        for (int q = 0; q < 25; q++) {
            batch.append(q == 0 ? "" : ",").append("\"q").append(q).append("\":{\"query\":\"organisation number\",\"limit\":50,\"properties\":[")
                    .append(properties).append("]}");
        }
        batch.append('}');
        long start = System.nanoTime();
        HttpResponse<String> a = post("queries=" + URLEncoder.encode(batch.toString(), StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("A batch of 25 queries of 20 properties of 100 values (%d bytes): %d in %d ms%n", batch.length(), a.statusCode(), millis);
        assertTrue(a.statusCode() == 200 || a.statusCode() == 503, a.statusCode() + ": " + a.body());
        if (a.statusCode() == 503) assertTrue(a.body().contains("ran past the server's timeout"), a.body());
        assertTrue(millis < TIMEOUT.plus(GRACE).toMillis(), "answered after " + millis + " ms");
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedBeforeItIsParsed() throws Exception {
        String digits = "9".repeat(900_000);
        post("queries={}"); // the first request of a fresh server loads classes
        for (String form : new String[] {"queries={\"q0\":{\"query\":\"organisation\",\"limit\":" + digits + "}}",
                "extend={\"ids\":[],\"properties\":[],\"n\":" + digits + "}"}) {
            long start = System.nanoTime();
            HttpResponse<String> a = post(form);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(400, a.statusCode(), a.body());
            assertTrue(a.body().contains("a number of more than 100 characters"), a.body());
            assertTrue(millis < 3_000, "refused after " + millis + " ms");
        }
    }

    private static HttpResponse<String> post(String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + ReconcileModule.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
