package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.LoopbackListener;
import org.pactgraph.load.LocalContextLoader;
import org.pactgraph.server.RunningServer;

/**
 * JSON-LD sent to the Graph Store write endpoint names its context by IRI: the server fetches
 * none (a loopback listener stands for any host), reads no file, and answers every refused
 * context with the same words, so that a writer learns nothing of the server's machine.
 */
class JsonLdContextWriteTest {
    private static final String GRAPH = WriteScope.USER_GRAPH_BASE + "jsonld";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.overFreshStore(RunningServer.loopback()
                .withAuthFile(RunningServer.usersFile("alice", "write", "alice-secret")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> put(String context) {
        String json = "{ \"@context\": \"" + context + "\", \"@id\": \"https://example.org/s\","
                + " \"http://www.w3.org/2000/01/rdf-schema#label\": \"from a json-ld write\" }";
        return server.send(RunningServer.withCredentials(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/pactgraph/data?graph=" + RunningServer.encode(GRAPH)))
                .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofString(json)),
                "alice", "alice-secret").build());
    }

    private static boolean stored() {
        return server.query("ASK { GRAPH <" + GRAPH + "> { ?s ?p \"from a json-ld write\" } }", "application/sparql-results+json")
                .body().contains("true");
    }

    @Test
    void aRemoteContextIsRefusedAndTheListenerNeverContacted() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            HttpResponse<String> r = put(listener.url("/context.jsonld"));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains(LocalContextLoader.REFUSED), r.body());
            assertEquals(0, listener.connections(), "the server fetched the context");
        }
        assertFalse(stored());
    }

    @Test
    void aFileContextGetsTheSameAnswerWhetherTheFileExistsOrNotAndNoPortIsNamed() throws IOException {
        Path file = Files.createTempFile("pactgraph-context-", ".jsonld");
        Files.writeString(file, "{ \"@context\": { \"label\": \"http://www.w3.org/2000/01/rdf-schema#label\" } }");
        String uri = file.toUri().toString();
        HttpResponse<String> exists = put(uri);
        Files.delete(file);
        HttpResponse<String> missing = put(uri);
        assertEquals(400, exists.statusCode(), exists.body());
        assertEquals(exists.statusCode() + " " + exists.body(), missing.statusCode() + " " + missing.body());
        HttpResponse<String> closedPort = put("http://127.0.0.1:1/context.jsonld");
        assertEquals(exists.body().replace(uri, "X"), closedPort.body().replace("http://127.0.0.1:1/context.jsonld", "X"));
        assertFalse(stored());
    }

    @Test
    void pactGraphsOwnContextIsAcceptedSoTheRefusalIsNotABrokenParser() {
        String json = "{ \"@context\": \"" + LocalContextLoader.PACTGRAPH_CONTEXT + "\", \"@id\": \"porg:from-json-ld\","
                + " \"rdfs:label\": \"from a json-ld write\" }";
        HttpResponse<String> r = server.send(RunningServer.withCredentials(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/pactgraph/data?graph=" + RunningServer.encode(GRAPH + "-own")))
                .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofString(json)),
                "alice", "alice-secret").build());
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
    }
}
