package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.ServerSettings;

/**
 * Abusive requests each end with a clear error (a status and a plain one-line message, no stack
 * trace) within the query timeout, and meanwhile the server goes on answering other clients. A
 * request body (a query or a form) still trickling at its deadline is answered 408, and one client address may send
 * only a few bodies at once (over real sockets from other loopback addresses).
 */
class AbuseTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** The deadline of a request body on the server of the trickling bodies. */
    private static final Duration BODY_DEADLINE = Duration.ofSeconds(4);
    private static final Path QUERIES = Path.of("src/test/resources/server/abuse");
    private static final String SLOW_HEAD = "POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            + "Content-Length: 1000000\r\n\r\n";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer.loopback().withTimeout(TIMEOUT));

    @Test
    void aCartesianProductIsStoppedByTheTimeout() throws Exception {
        endsWithAClearError(sparqlPost(read("cartesian-product.rq")), 503, "timed out");
    }

    @Test
    void anUnboundedPropertyPathOverEverythingIsStoppedByTheTimeout() throws Exception {
        endsWithAClearError(sparqlPost(read("unbounded-path.rq")), 503, "timed out");
    }

    @Test
    void aHugeValuesBlockIsStoppedByTheTimeout() throws Exception {
        String rows = IntStream.range(0, 20_000).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        String query = read("huge-values.rq").replace("VALUES_ROWS", rows);
        assertTrue(query.length() > 200_000 && query.length() < QueryText.MAX_QUERY_CHARS, "under the length limit: " + query.length());
        endsWithAClearError(sparqlPost(query), 503, "timed out");
    }

    @Test
    void aTenMegabyteQueryIsRefusedBeforeItIsParsed() throws Exception {
        String query = "SELECT * WHERE { VALUES ?n { " + "1234567 ".repeat(10 * 1024 * 1024 / 8) + "} }";
        endsWithAClearError(sparqlPost(query), 413, "at most " + ServerSettings.MAX_REQUEST_BYTES + " bytes");
        endsWithAClearError(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + RunningServer.encode(query))).build(), 413, "at most");
        byte[] bytes = query.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        endsWithAClearError(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build(), 413, "at most");
        endsWithAClearError(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(("query=" + RunningServer.encode(query)).getBytes()))).build(), 411, "Content-Length");
    }

    @Test
    void aSmallQueryOfUnannouncedLengthIsStillAnswered() {
        byte[] ask = "ASK { ?s ?p ?o }".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(ask))).build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void aTenMegabyteQueryInTheUrlIsRefused() throws Exception {
        String query = "SELECT * WHERE { VALUES ?n { " + "1234567 ".repeat(10 * 1024 * 1024 / 8) + "} }";
        HttpRequest get = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + RunningServer.encode(query))).GET().build();
        endsWithAClearError(get, 414, "URI Too Long");
    }

    private static HttpRequest sparqlPost(String query) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    /**
     * Sends the abusive request and, while it runs, a simple query every 100 ms: each must be
     * answered within a second. The abusive one must end within the timeout (with room for a
     * busy machine) with the status and a short message holding the words expected.
     */
    private static HttpResponse<String> endsWithAClearError(HttpRequest abuse, int status, String words) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> server.send(abuse));
        int others = 0;
        long slowest = 0;
        while (!answer.isDone()) {
            long t = System.nanoTime();
            HttpResponse<String> simple = server.query("ASK { ?s ?p ?o }", "application/sparql-results+json");
            long ms = (System.nanoTime() - t) / 1_000_000;
            assertEquals(200, simple.statusCode(), "another client's query failed meanwhile: " + simple.body());
            assertTrue(simple.body().contains("true"), simple.body());
            slowest = Math.max(slowest, ms);
            others++;
            Thread.sleep(100);
        }
        HttpResponse<String> r = answer.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(words), r.body());
        assertTrue(r.body().length() < 1_000 && !r.body().contains("\tat ") && !r.body().contains("Exception"),
                "a plain message, not a stack trace: " + r.body());
        assertTrue(ms < TIMEOUT.toMillis() + 4_000, "ended after " + ms + " ms, the timeout is " + TIMEOUT.toMillis() + " ms");
        assertTrue(slowest < 1_000, "another client waited " + slowest + " ms");
        assertFalse(others == 0 && ms > 500, "no other query ran meanwhile");
        System.out.printf("Abuse answered %d in %d ms; meanwhile %d other queries, the slowest %d ms%n", r.statusCode(), ms, others, slowest);
        return r;
    }

    private static String read(String name) throws IOException {
        return Files.readString(QUERIES.resolve(name));
    }

    @Test
    void aBodyStillTricklingAtItsDeadlineIsAnswered408WithTheReason() throws Exception {
        // A query body, and a form, which Jetty used to read from the connection with no deadline
        // (one byte every few seconds held its place for hours): from two addresses at once. A
        // server of its own (closing one closes its store) with a deadline shorter than the
        // default, so that the test does not wait 15 s for it.
        try (RunningServer trickled = RunningServer.overFreshStore(RunningServer.loopback().withTimeout(TIMEOUT).withBodyDeadline(BODY_DEADLINE))) {
            CompletableFuture<String> form = CompletableFuture.supplyAsync(() -> trickle(trickled, "127.0.0.6",
                    SLOW_HEAD.replace("application/sparql-query", "application/x-www-form-urlencoded") + "query="));
            for (String answer : List.of(trickle(trickled, "127.0.0.4", SLOW_HEAD), form.get())) {
                assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
                assertTrue(answer.contains("did not arrive within " + BODY_DEADLINE.toSeconds() + " s"), answer);
            }
        }
    }

    /** Sends the head, then 40 bytes a second until the server answers, within the deadline; the answer. */
    private static String trickle(RunningServer to, String from, String head) {
        long start = System.nanoTime();
        try (Socket s = LoopbackSockets.connect(from, to.baseUrl())) {
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            while (in.available() == 0 && System.nanoTime() - start < 30_000_000_000L) {
                s.getOutputStream().write("SSSSSSSSSSSSSSSSSSSS".getBytes(StandardCharsets.US_ASCII)); // 40 B/s
                Thread.sleep(500);
            }
            String answer = new String(in.readNBytes(in.available()), StandardCharsets.ISO_8859_1);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds <= BODY_DEADLINE.toSeconds() + 2, head.lines().findFirst() + " answered after " + seconds + " s");
            return answer;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aClientAlreadySendingItsShareOfBodiesIsAnswered503AtOnce() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < LimitsModule.BODY_READS_PER_ADDRESS; i++) {
                Socket s = connectFrom("127.0.0.5");
                s.getOutputStream().write((SLOW_HEAD + "S").getBytes(StandardCharsets.US_ASCII));
                held.add(s);
            }
            Thread.sleep(500);
            long start = System.nanoTime();
            try (Socket s = connectFrom("127.0.0.5")) {
                s.getOutputStream().write((SLOW_HEAD + "S").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(s.getInputStream().readNBytes(400), StandardCharsets.ISO_8859_1);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(answer.startsWith("HTTP/1.1 503") && answer.contains("Retry-After: 5"), answer);
                assertTrue(millis < 2_000, "answered after " + millis + " ms");
            }
            assertTrue(server.query("ASK {}", "application/sparql-results+json").statusCode() == 200,
                    "another address still gets its queries answered");
        } finally {
            for (Socket s : held) s.close();
        }
    }

    private static Socket connectFrom(String from) throws IOException {
        return LoopbackSockets.connect(from, server.baseUrl());
    }
}
