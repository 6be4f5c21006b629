package org.pactgraph.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.server.HeldPlace;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.capacity.CapacityModule;
import org.pactgraph.server.limits.LimitsModule;
import org.pactgraph.server.reconcile.ReconcileModule;

/**
 * Search and reconciliation are heavy work: with the capacity gate's one place held by a long
 * SPARQL query, they are refused with 503 and {@code Retry-After} like any other query, and
 * answered once the place is free.
 */
class SearchCapacityTest {
    @Test
    void searchAndReconciliationWaitForThePlacesOfHeavyWork() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 100; i++) {
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI("https://w3id.org/pactgraph/id/org/o" + i), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("Organisation " + i, "en"));
        }
        ServerSettings settings = new ServerSettings("127.0.0.1", 0).withTimeout(Duration.ofSeconds(3));
        LiveEntityIndex index = new LiveEntityIndex(data);
        try (PactServer server = PactServer.builder(settings, data).module(new LimitsModule(settings))
                .module(new CapacityModule(new CapacityModule.Capacity(1, 1, 0, 0, Duration.ZERO)))
                .module(new SearchModule(index)).module(new ReconcileModule(data, index)).start();
             HttpClient http = HttpClient.newHttpClient()) {
            String search = server.baseUrl() + SearchModule.PATH + "?q=Organisation%207";
            String reconcile = server.baseUrl() + ReconcileModule.PATH;
            assertEquals(200, get(http, search).statusCode());
            try (HeldPlace held = HeldPlace.take(server)) {
                for (String url : new String[] {search, reconcile}) {
                    HttpResponse<String> refused = get(http, url);
                    assertEquals(503, refused.statusCode(), url + ": " + refused.body());
                    assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
                }
                held.statusLine();
            }
            HttpResponse<String> after = get(http, search);
            for (long end = System.nanoTime() + 5_000_000_000L; after.statusCode() == 503 && System.nanoTime() < end; ) {
                Thread.sleep(50);
                after = get(http, search);
            }
            assertEquals(200, after.statusCode(), after.body());
            assertTrue(after.body().contains("https://w3id.org/pactgraph/id/org/o7"), after.body());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
