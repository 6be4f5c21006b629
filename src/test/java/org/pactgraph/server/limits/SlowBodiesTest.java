package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.security.WriteScope;

/**
 * Slow senders cannot take every place for reading request bodies: with 64 connections from 16
 * loopback addresses each sending a body a byte at a time (every place taken), {@code /$/ping} and
 * a POSTed query from another address are answered at once, the query in the place of the slowest
 * body, which is cut with 408 and the reason. Before, that query was refused with 503 for as long
 * as the slow senders kept on. RDF sent to the Graph Store, whose deadline is 120 s, must keep a
 * minimum rate after its first seconds, so a trickle of it is cut long before the deadline; a
 * body that stops arriving (a chunk shorter than its size) is 408 at the idle timeout, not a 500.
 */
class SlowBodiesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer::withOneWriter);

    @Test
    void slowSendersFromManyAddressesLeaveRoomForOtherClients() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int address = 10; address < 26; address++) {
                for (int i = 0; i < LimitsModule.BODY_READS_PER_ADDRESS; i++) {
                    Socket s = connectFrom("127.0.0." + address);
                    s.getOutputStream().write(("POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: 100000\r\n\r\nA").getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
            }
            assertEquals(LimitsModule.BODY_READS, slow.size(), "every place taken");
            trickle.scheduleAtFixedRate(() -> slow.forEach(s -> {
                try {
                    s.getOutputStream().write('S');
                } catch (IOException cut) {
                    // answered and closed: it was cut
                }
            }), 400, 400, TimeUnit.MILLISECONDS);
            Thread.sleep(BodyReads.CUT_AFTER.toMillis() + 300);

            HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/ping"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            HttpResponse<String> query = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, query.statusCode(), query.body());

            String cut = slow.stream().map(SlowBodiesTest::answerIfAny).filter(a -> a.startsWith("HTTP/1.1 408")).findFirst().orElse("none cut");
            assertTrue(cut.contains("was cut to give its place to another client"), cut);
        } finally {
            trickle.shutdownNow();
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void rdfTricklingUnderTheMinimumRateIsCutBeforeItsLongDeadline() throws Exception {
        // Meanwhile, a chunk that promises 256 bytes and sends 5 stalls until the idle timeout: 408, not a 500 with a stack trace.
        CompletableFuture<String> stalled = CompletableFuture.supplyAsync(() -> {
            try (Socket s = connectFrom("127.0.0.31")) {
                s.setSoTimeout(20_000);
                s.getOutputStream().write(("POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n100\r\nASK{}").getBytes(StandardCharsets.US_ASCII));
                return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return e.toString();
            }
        });
        long start = System.nanoTime();
        try (Socket s = connectFrom("127.0.0.30")) {
            String credentials = Base64.getEncoder().encodeToString((RunningServer.WRITER + ":" + RunningServer.WRITER_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().write(("PUT /pactgraph/data?graph=" + RunningServer.encode(WriteScope.DEFAULT_USER_GRAPH)
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: text/turtle\r\n"
                    + "Content-Length: 100000\r\n\r\n# ").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            while (in.available() == 0 && System.nanoTime() - start < 20_000_000_000L) {
                s.getOutputStream().write("xxxxxxxxxxxxxxxxxxxx".getBytes(StandardCharsets.US_ASCII)); // 40 B/s, inside a comment
                Thread.sleep(500);
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 408") && answer.contains("at least " + TimedBody.MIN_BYTES_PER_SECOND + " bytes/s"), answer);
            // the clock starts at the first read, after the password check; the deadline is 120 s
            assertTrue(seconds <= TimedBody.RATE_GRACE.toSeconds() + 5, "answered after " + seconds + " s");
        }
        String answer = stalled.get(20, TimeUnit.SECONDS);
        assertTrue(answer.startsWith("HTTP/1.1 408") && answer.contains("stopped arriving"), answer);
    }

    /** The body deadline of the server the chunked query is sent to. */
    private static final java.time.Duration QUICK_BODY_DEADLINE = java.time.Duration.ofSeconds(4);

    @Test
    void aChunkedBodyWhoseReadNeverReturnsIsCutAtItsDeadlineAndItsRate() throws Exception {
        // A byte of a chunk extension every second keeps the connection busy but gives the body no byte, so the read
        // that waits never returns; the deadline and the rate were checked only when a read returned: no answer in 25 s.
        String query = "POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nASK {\r\n1;";
        String rdf = writersPut(0).replace("Content-Length: 0", "Transfer-Encoding: chunked") + "5\r\n# abc\r\n1;";
        // The query on a server of its own whose body deadline is shorter than the default, so that the test does not wait 15 s.
        try (RunningServer quick = RunningServer.overFreshStore(RunningServer.loopback().withBodyDeadline(QUICK_BODY_DEADLINE))) {
            CompletableFuture<Long> queryCut = CompletableFuture.supplyAsync(() -> secondsUntilAnswered(quick, "127.0.0.45", query,
                    "did not arrive within " + QUICK_BODY_DEADLINE.toSeconds() + " s"));
            long rdfCut = secondsUntilAnswered(server, "127.0.0.46", rdf, "at least " + TimedBody.MIN_BYTES_PER_SECOND + " bytes/s");
            assertTrue(rdfCut <= TimedBody.RATE_GRACE.toSeconds() + TimedBody.FIRST_CREDIT.toSeconds() + 3, "RDF cut after " + rdfCut + " s");
            long seconds = queryCut.get(40, TimeUnit.SECONDS);
            assertTrue(seconds >= QUICK_BODY_DEADLINE.toSeconds() - 1 && seconds <= QUICK_BODY_DEADLINE.toSeconds() + 3, "query cut after " + seconds + " s");
        }
    }

    /** Sends the request, then a byte of its chunk extension every second; the seconds until a 408 with the reason came. */
    private static long secondsUntilAnswered(RunningServer to, String from, String request, String reason) {
        long start = System.nanoTime();
        try (Socket s = LoopbackSockets.connect(from, to.baseUrl())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            while (in.available() == 0 && System.nanoTime() - start < 25_000_000_000L) {
                s.getOutputStream().write('a');
                Thread.sleep(1000);
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            String answer = answerIfAny(s);
            assertTrue(answer.startsWith("HTTP/1.1 408") && answer.contains(reason), "after " + seconds + " s: " + answer);
            return seconds;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anAddressSendingABodySlowlySendsNoOtherUntilItEnds() throws Exception {
        // Before, a slow sender kept a place per connection, up to four, opening a new one for each body cut or timed out.
        try (Socket slow = queryBodyFrom("127.0.0.40", 1000, "A")) {
            long until = System.nanoTime() + (BodyReads.CUT_AFTER.toMillis() + 500) * 1_000_000;
            while (System.nanoTime() < until) {
                slow.getOutputStream().write('S');
                Thread.sleep(250);
            }
            String second = exchange("127.0.0.40", ASK);
            assertTrue(second.startsWith("HTTP/1.1 503") && second.contains("under " + TimedBody.MIN_BYTES_PER_SECOND + " bytes/s")
                    && second.contains("Retry-After: " + BodyReads.RETRY_AFTER_SECONDS), second);
            String other = exchange("127.0.0.41", ASK);
            assertTrue(other.startsWith("HTTP/1.1 200"), other);
        }
        String after = "";
        for (long end = System.nanoTime() + 3_000_000_000L; System.nanoTime() < end && !after.startsWith("HTTP/1.1 200"); Thread.sleep(100)) {
            after = exchange("127.0.0.40", ASK); // the slow body ends once its connection closes
        }
        assertTrue(after.startsWith("HTTP/1.1 200"), after);
    }

    @Test
    void aBodyRefusedFromItsHeadersIsAnsweredWithoutWaitingForIt() throws Exception {
        // Each announces what is refused and sends no byte of its body: none waits for the body's deadline.
        for (String[] refused : new String[][] {
                {"application/x-www-form-urlencoded", "Transfer-Encoding: chunked", "HTTP/1.1 411"},
                {"text/turtle", "Content-Length: " + (RequestSizeLimit.MAX_RDF_BYTES + 1), "HTTP/1.1 413"}}) {
            long start = System.nanoTime();
            String answer = exchange("127.0.0.42", "POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + refused[0]
                    + "\r\n" + refused[1] + "\r\n\r\n");
            assertTrue(answer.startsWith(refused[2]), answer);
            assertTrue(System.nanoTime() - start < 3_000_000_000L, "answered after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    @Test
    void rdfSentInABurstThenAByteEveryNineSecondsIsCutOnceTheBurstIsSpent() throws Exception {
        // Measured as an average since the first byte, 64 KiB at once paid for a minute of such a trickle (under the idle timeout).
        long start = System.nanoTime();
        try (Socket s = connectFrom("127.0.0.32")) {
            s.getOutputStream().write((writersPut(200_000) + "# " + "x".repeat(64 * 1024)).getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            while (in.available() == 0 && System.nanoTime() - start < 40_000_000_000L) {
                for (int i = 0; i < 90 && in.available() == 0; i++) Thread.sleep(100);
                if (in.available() == 0) s.getOutputStream().write('x');
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 408") && answer.contains("bytes sent ahead count for at most"), answer);
            assertTrue(seconds <= TimedBody.MAX_CREDIT.toSeconds() + 10, "answered after " + seconds + " s");
            // The slow-body rule's own line, not inside Fuseki's parse message ("[line: 1, col: 65539] Bad input stream [...TimedBody$TooSlow: ...]").
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertTrue(answer.contains("Content-Type: text/plain") && body.startsWith("The request body fell ")
                    && body.indexOf('\n') == body.length() - 1 && !body.contains("TooSlow") && !body.contains("Bad input"), answer);
        }
    }

    @Test
    void aBodySentInABurstThenTricklingCountsAsSlowForItsAddress() throws Exception {
        try (Socket slow = queryBodyFrom("127.0.0.43", 200_000, "#" + "x".repeat(50_000))) {
            long until = System.nanoTime() + (TimedBody.MAX_CREDIT.toMillis() + 1_500) * 1_000_000;
            while (System.nanoTime() < until) {
                slow.getOutputStream().write('S');
                Thread.sleep(500);
            }
            String second = exchange("127.0.0.43", ASK);
            assertTrue(second.startsWith("HTTP/1.1 503") && second.contains("under " + TimedBody.MIN_BYTES_PER_SECOND + " bytes/s"), second);
        }
    }

    @Test
    void rdfSentEvenlyAtTheMinimumRateIsReadWhole() throws Exception {
        // 8 KiB at 1 KiB/s, 256 bytes every quarter second; its last line is not Turtle, so the store stays as it was.
        String turtle = "# " + "x".repeat(8 * 1024 - 40) + "\nthis is not turtle .\n";
        byte[] body = turtle.getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        try (Socket s = connectFrom("127.0.0.33")) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(writersPut(body.length).getBytes(StandardCharsets.US_ASCII));
            for (int off = 0; off < body.length; off += 256) {
                s.getOutputStream().write(body, off, Math.min(256, body.length - off));
                long next = start + (off / 256 + 1) * 250_000_000L;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400") && !answer.contains("bytes/s"), "read whole, refused only as bad Turtle: " + answer);
            assertTrue(System.nanoTime() - start > 7_000_000_000L, "the whole body took its 8 s");
        }
    }

    /** A query sent whole from any address, with its connection closed after the answer. */
    private static final String ASK = "POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            + "Content-Length: 5\r\nConnection: close\r\n\r\nASK{}";

    /** A connection from the address that has sent a query's headers, announcing the length, and the body's first bytes. */
    private static Socket queryBodyFrom(String from, int length, String start) throws IOException {
        Socket s = connectFrom(from);
        s.getOutputStream().write(("POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: " + length + "\r\n\r\n" + start).getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    /** A writer's PUT of Turtle into the writers' default graph, its headers only. */
    private static String writersPut(long length) {
        String credentials = Base64.getEncoder().encodeToString((RunningServer.WRITER + ":" + RunningServer.WRITER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return "PUT /pactgraph/data?graph=" + RunningServer.encode(WriteScope.DEFAULT_USER_GRAPH) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Basic " + credentials + "\r\nContent-Type: text/turtle\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n";
    }

    /** Sends a request from the address and reads the answer until the server closes the connection. */
    private static String exchange(String from, String request) throws IOException {
        try (Socket s = connectFrom(from)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) answer.write(buffer, 0, n);
            } catch (java.net.SocketTimeoutException | java.net.SocketException ended) {
                // what arrived is the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String answerIfAny(Socket s) {
        try {
            InputStream in = s.getInputStream();
            return in.available() == 0 ? "" : new String(in.readNBytes(in.available()), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static Socket connectFrom(String from) throws IOException {
        return LoopbackSockets.connect(from, server.baseUrl());
    }
}
