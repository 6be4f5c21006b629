package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.model.Iris;
import org.pactgraph.server.RunningServer;

/**
 * A body that is not valid UTF-8 is refused with 400 before anything runs, at every entry point
 * that decodes one. The attack this pins: a forbidden update, then about 10 KB of spaces and one
 * invalid byte. Checked on a lenient decoding of its own, the request used to pass the write scope
 * unparsed while Fuseki's streaming parser ran it up to the bad byte and answered 204.
 */
class MalformedBodiesTest {
    private static final String USER_GRAPH = WriteScope.USER_GRAPH_BASE + "malformed";
    private static final String PADDING = " ".repeat(10_000);
    private static final byte INVALID = (byte) 0xFF;

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(
            RunningServer.loopback().withAuthFile(RunningServer.usersFile("alice", "write", "alice-secret"))));

    private static ServerSocket listener;
    private static final AtomicInteger connections = new AtomicInteger();
    private static Path secret;

    @BeforeAll
    static void start() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                    s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        secret = Files.createTempFile("pactgraph-secret-", ".ttl");
        Files.writeString(secret, "<https://example.org/secret> <https://example.org/p> \"local file\" .\n");
    }

    @AfterAll
    static void stop() throws IOException {
        listener.close();
        Files.deleteIfExists(secret);
    }

    /** The text, then the padding and one byte that no UTF-8 text holds. */
    private static byte[] withInvalidTail(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((text + PADDING).getBytes(StandardCharsets.UTF_8));
        out.write(INVALID);
        return out.toByteArray();
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return server.send(RunningServer.withCredentials(r, "alice", "alice-secret").build());
    }

    /** Every named graph with its size, as a writer sees it: changes when anything is written. */
    private static String fingerprint() {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"));
        HttpResponse<String> answer = server.send(RunningServer.withCredentials(r, "alice", "alice-secret").build());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static void assertRefusedAndNothingChanged(String update) {
        String before = fingerprint();
        int contacts = connections.get();
        HttpResponse<String> r = post("/pactgraph/update", "application/sparql-update", withInvalidTail(update));
        assertEquals(400, r.statusCode(), update + " answered " + r.statusCode() + ": " + r.body());
        assertTrue(r.body().contains("not valid UTF-8"), r.body());
        assertEquals(before, fingerprint(), "the store changed after " + update);
        assertEquals(contacts, connections.get(), "the loopback listener was contacted by " + update);
    }

    @Test
    void droppingTheReferenceGraphBehindAnInvalidByteIsRefused() {
        assertRefusedAndNothingChanged("DROP GRAPH <" + Iris.REFERENCE_GRAPH + ">");
    }

    @Test
    void droppingTheInferredGraphBehindAnInvalidByteIsRefused() {
        assertRefusedAndNothingChanged("DROP GRAPH <" + Iris.INFERRED_GRAPH + ">");
    }

    @Test
    void insertingIntoTheLoadedGraphsBehindAnInvalidByteIsRefused() {
        for (String graph : new String[] {Iris.REFERENCE_GRAPH, Iris.INFERRED_GRAPH}) {
            assertRefusedAndNothingChanged("INSERT DATA { GRAPH <" + graph + "> { <https://example.org/s> <https://example.org/p> \"intruder\" } }");
        }
    }

    @Test
    void loadingFromALoopbackUrlBehindAnInvalidByteIsRefusedAndFetchesNothing() {
        String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x.ttl";
        assertRefusedAndNothingChanged("LOAD <" + url + "> INTO GRAPH <" + USER_GRAPH + ">");
        assertRefusedAndNothingChanged("LOAD <" + url + ">");
    }

    @Test
    void loadingALocalFileBehindAnInvalidByteIsRefusedAndTheFileStaysUnreadable() {
        assertRefusedAndNothingChanged("LOAD <" + secret.toUri() + "> INTO GRAPH <" + USER_GRAPH + ">");
        HttpResponse<String> read = server.get("/pactgraph/get?graph=" + RunningServer.encode(USER_GRAPH), "text/turtle");
        assertTrue(!read.body().contains("local file"), read.body());
    }

    @Test
    void theAttackSentToTheDatasetItselfOrToTheQueryEndpointRunsNothing() {
        String before = fingerprint();
        byte[] attack = withInvalidTail("DROP GRAPH <" + Iris.REFERENCE_GRAPH + ">");
        for (String path : new String[] {"/pactgraph", "/pactgraph/", "/pactgraph/sparql", "/pactgraph/data"}) {
            HttpResponse<String> r = post(path, "application/sparql-update", attack);
            assertTrue(r.statusCode() >= 400, path + " answered " + r.statusCode() + ": " + r.body());
        }
        assertEquals(before, fingerprint());
    }

    @Test
    void aFormUpdateWithAnInvalidByteIsRefused() {
        String before = fingerprint();
        byte[] form = ("update=" + RunningServer.encode("DROP GRAPH <" + Iris.REFERENCE_GRAPH + ">" + PADDING) + "%FF")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> r = post("/pactgraph/update", "application/x-www-form-urlencoded", form);
        assertEquals(400, r.statusCode(), r.body());
        // A bad byte in the parser's first read: was 500, the message naming StrictUtf8$MalformedException.
        HttpResponse<String> early = post("/pactgraph/data?graph=" + RunningServer.encode(USER_GRAPH), "text/turtle",
                new byte[] {'<', 'a', ':', 'b', '>', ' ', '<', 'a', ':', 'c', '>', ' ', '"', INVALID, '"', ' ', '.'});
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(early.body().startsWith("The request body is not valid UTF-8"), early.body());
        assertEquals(before, fingerprint());
    }

    @Test
    void queriesWithAnInvalidByteAreRefusedAsBodiesAndAsForms() {
        HttpResponse<String> body = post("/pactgraph/sparql", "application/sparql-query", withInvalidTail("ASK {}"));
        assertEquals(400, body.statusCode(), body.body());
        assertTrue(body.body().contains("not valid UTF-8"), body.body());
        byte[] form = ("query=" + RunningServer.encode("ASK {}" + PADDING) + "%FF").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> asForm = post("/pactgraph/sparql", "application/x-www-form-urlencoded", form);
        assertEquals(400, asForm.statusCode(), asForm.body());
        assertTrue(asForm.headers().firstValue("X-Content-Type-Options").isPresent(), asForm.headers().toString());
    }

    @Test
    void aGraphStoreWriteWithAnInvalidByteIsRefusedAndWritesNothing() {
        String before = fingerprint();
        String turtle = "<https://example.org/s> <https://example.org/p> \"half\" .\n";
        HttpResponse<String> r = post("/pactgraph/data?graph=" + RunningServer.encode(USER_GRAPH), "text/turtle",
                withInvalidTail(turtle));
        assertEquals(400, r.statusCode(), r.body());
        // A bad byte in the parser's first read: was 500, the message naming StrictUtf8$MalformedException.
        HttpResponse<String> early = post("/pactgraph/data?graph=" + RunningServer.encode(USER_GRAPH), "text/turtle",
                new byte[] {'<', 'a', ':', 'b', '>', ' ', '<', 'a', ':', 'c', '>', ' ', '"', INVALID, '"', ' ', '.'});
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(early.body().startsWith("The request body is not valid UTF-8"), early.body());
        assertEquals(before, fingerprint());
    }

    @Test
    void validUtf8BeyondAsciiStillRuns() {
        String update = "INSERT DATA { GRAPH <" + USER_GRAPH + "> { <https://example.org/s> <https://example.org/p> \"Zürich 東京\" } }";
        HttpResponse<String> r = post("/pactgraph/update", "application/sparql-update",
                (update + PADDING).getBytes(StandardCharsets.UTF_8));
        assertEquals(204, r.statusCode(), r.body());
        assertTrue(fingerprint().contains(USER_GRAPH));
        String turtle = "<https://example.org/s> <https://example.org/p> \"" + "Kraków 東京 ".repeat(2_000) + "\" .\n";
        HttpResponse<String> gsp = post("/pactgraph/data?graph=" + RunningServer.encode(USER_GRAPH + "-gsp"), "text/turtle",
                turtle.getBytes(StandardCharsets.UTF_8));
        assertTrue(gsp.statusCode() == 200 || gsp.statusCode() == 201, gsp.statusCode() + " " + gsp.body());
        assertTrue(fingerprint().contains(USER_GRAPH + "-gsp"));
    }
}
