package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.store.TdbStore;

/** A real Fuseki on a free loopback port over a real TDB2 store, queried with a plain HTTP client. */
class EndpointTest {
    private static DatasetGraph dataset;
    private static PactServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        dataset = TdbStore.at(TestData.loadedStore()).open();
        server = PactServer.start(new ServerSettings("127.0.0.1", 0), dataset);
    }

    @AfterAll
    static void stop() {
        server.close();
        TdbStore.close(dataset);
    }

    private static HttpResponse<String> get(String query, String accept) throws Exception {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersACatalogueQueryAsJson() throws Exception {
        String query = Files.readString(Path.of("queries/institutions-in-ai-and-semiconductor.rq"));
        HttpResponse<String> r = get(query, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(r.body().contains("\"value\": \"https://w3id.org/pactgraph/id/org/university-of-washington\""), r.body());
    }

    @Test
    void answersTheSameQueryAsCsv() throws Exception {
        String query = Files.readString(Path.of("queries/institutions-in-ai-and-semiconductor.rq"));
        HttpResponse<String> r = get(query, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("institution,name\r\nhttps://w3id.org/pactgraph/id/org/university-of-washington,University of Washington\r\n", r.body());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        HttpResponse<String> r = get("ASK { <https://w3id.org/pactgraph/id/org/nvidia> a <https://w3id.org/pactgraph/ontology#Company> }",
                "application/sparql-results+json");
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void servesGraphsReadOnly() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        int status = http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 404 || status == 405 || status == 400, "update answered " + status);
        HttpRequest get = HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph=https://w3id.org/pactgraph/graph/reference"))
                .header("Accept", "text/turtle").build();
        HttpResponse<String> graph = http.send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, graph.statusCode());
        assertTrue(graph.body().contains("University of Tsukuba"));
    }

    @Test
    void aTakenPortGivesAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ServerException e = assertThrows(ServerException.class,
                    () -> PactServer.start(new ServerSettings("127.0.0.1", taken.getLocalPort()), dataset));
            assertTrue(e.oneLine().contains("Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), e.oneLine());
        }
    }
}
