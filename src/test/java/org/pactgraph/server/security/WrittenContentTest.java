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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.LoopbackListener;
import org.pactgraph.load.LocalContextLoader;
import org.pactgraph.server.RunningServer;

/**
 * What a writer sends is stored as the Graph Store Protocol says or refused with a reason:
 * quads into one named graph; U+0000 in any write, which would make every RDF/XML dump and
 * page of the store fail; and JSON-LD naming its context by IRI, which the server fetches from
 * nowhere (a loopback listener stands for any host), reading no file, with the same words for
 * every refused context, so that a writer learns nothing of the server's machine.
 */
class WrittenContentTest {
    private static final String GRAPH = WriteScope.USER_GRAPH_BASE + "content";
    private static final String JSONLD_GRAPH = WriteScope.USER_GRAPH_BASE + "jsonld";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(
            RunningServer.loopback().withAuthFile(RunningServer.usersFile("alice", "write", "alice-secret"))));

    private static HttpResponse<String> send(String path, String method, String type, String body) {
        return server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)), "alice", "alice-secret").build());
    }

    private static HttpResponse<String> put(String type, String body) {
        return send("/pactgraph/data?graph=" + RunningServer.encode(GRAPH), "PUT", type, body);
    }

    private static long triplesMarked(String marker) {
        String csv = server.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + marker + "\")) } }",
                "text/csv").body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElse("0").strip());
    }

    @Test
    void quadsPutIntoANamedGraphAreRefusedWith415SayingWhatToSend() {
        String quad = "<https://example.org/s> <https://example.org/p> \"quad-put\" <" + WriteScope.USER_GRAPH_BASE + "other> .\n";
        for (String type : new String[] {"application/n-quads", "application/trig"}) {
            String body = type.equals("application/trig") ? "<" + WriteScope.USER_GRAPH_BASE + "other> { <https://example.org/s> <https://example.org/p> \"quad-put\" }" : quad;
            HttpResponse<String> r = put(type, body);
            assertEquals(415, r.statusCode(), type + ": " + r.body());
            assertTrue(r.body().contains("Turtle") && r.body().contains("INSERT DATA"), r.body());
        }
        assertEquals(0, triplesMarked("quad-put"));
    }

    @Test
    void triplesPutIntoANamedGraphAreStoredThere() {
        HttpResponse<String> r = put("text/turtle", "<https://example.org/s> <https://example.org/p> \"triple-put\" .");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        assertEquals(1, triplesMarked("triple-put"));
    }

    @Test
    void nulInAGraphStoreWriteIsRefusedInEveryFormatAndNothingIsStored() {
        String[][] writes = {
            {"text/turtle", "<https://example.org/s> <https://example.org/p> \"nul-gsp\\u0000\" ."},
            {"application/n-triples", "<https://example.org/s> <https://example.org/p> \"nul-gsp\\U00000000\" ."},
            {"application/ld+json", "{\"@id\": \"https://example.org/s\", \"https://example.org/p\": \"nul-gsp\\u0000\"}"},
        };
        for (String[] w : writes) {
            HttpResponse<String> r = put(w[0], w[1]);
            assertEquals(400, r.statusCode(), w[0] + ": " + r.body());
            assertTrue(r.body().contains("U+0000"), w[0] + ": " + r.body());
            HttpResponse<String> post = send("/pactgraph/data?graph=" + RunningServer.encode(GRAPH), "POST", w[0], w[1]);
            assertEquals(400, post.statusCode(), w[0] + ": " + post.body());
        }
        assertEquals(0, triplesMarked("nul-gsp"));
    }

    @Test
    void nulInAnUpdateIsRefusedAtItsPosition() {
        HttpResponse<String> r = send("/pactgraph/update", "POST", "application/sparql-update",
                "INSERT DATA {\n GRAPH <" + GRAPH + "> { <https://example.org/s> <https://example.org/p> \"nul-update\\u0000\" } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("U+0000") && r.body().contains("line 2, column"), r.body());
        assertEquals(0, triplesMarked("nul-update"));
    }

    private static HttpResponse<String> putNaming(String context) {
        String json = "{ \"@context\": \"" + context + "\", \"@id\": \"https://example.org/s\","
                + " \"http://www.w3.org/2000/01/rdf-schema#label\": \"from a json-ld write\" }";
        return server.send(RunningServer.withCredentials(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/pactgraph/data?graph=" + RunningServer.encode(JSONLD_GRAPH)))
                .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofString(json)),
                "alice", "alice-secret").build());
    }

    private static boolean stored() {
        return server.query("ASK { GRAPH <" + JSONLD_GRAPH + "> { ?s ?p \"from a json-ld write\" } }", "application/sparql-results+json")
                .body().contains("true");
    }

    @Test
    void aRemoteContextIsRefusedAndTheListenerNeverContacted() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            HttpResponse<String> r = putNaming(listener.url("/context.jsonld"));
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
        HttpResponse<String> exists = putNaming(uri);
        Files.delete(file);
        HttpResponse<String> missing = putNaming(uri);
        assertEquals(400, exists.statusCode(), exists.body());
        assertEquals(exists.statusCode() + " " + exists.body(), missing.statusCode() + " " + missing.body());
        HttpResponse<String> closedPort = putNaming("http://127.0.0.1:1/context.jsonld");
        assertEquals(exists.body().replace(uri, "X"), closedPort.body().replace("http://127.0.0.1:1/context.jsonld", "X"));
        assertFalse(stored());
    }

    @Test
    void pactGraphsOwnContextIsAcceptedSoTheRefusalIsNotABrokenParser() {
        String json = "{ \"@context\": \"" + LocalContextLoader.PACTGRAPH_CONTEXT + "\", \"@id\": \"porg:from-json-ld\","
                + " \"rdfs:label\": \"from a json-ld write\" }";
        HttpResponse<String> r = server.send(RunningServer.withCredentials(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/pactgraph/data?graph=" + RunningServer.encode(JSONLD_GRAPH + "-own")))
                .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofString(json)),
                "alice", "alice-secret").build());
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
    }
}
