package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.limits.LoopbackSockets;
import org.pactgraph.server.security.WriteScope;

/**
 * Writers waiting for the store's one write at a time are bounded ({@link WriteTurns}): while
 * one writer's long update holds the turn, a client's writes past {@link WriteTurns#WAITING_PER_CLIENT}
 * are refused at once with 503 and {@code Retry-After}, the ones in line are served when the turn
 * comes, and {@code /$/ping} and queries answer as fast as ever meanwhile. Before, every write
 * waited up to 20 s on a server thread of its own, however many one client sent. A slow upload
 * holds no turn at all: its body is received first (to a temporary file past 64 KiB, deleted
 * after), and another writer's write is served meanwhile.
 */
class WriteTurnsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The server's timeout, which the update holding the turn runs to. */
    private static final Duration HOLDING = Duration.ofSeconds(8);
    private static final String READER = "bob";
    private static final String READER_PASSWORD = "bob-secret-1";
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(RunningServer.loopback()
            .withTimeout(HOLDING).withAuthFile(RunningServer.usersFile(RunningServer.WRITER, "write", RunningServer.WRITER_PASSWORD,
                    READER, "read", READER_PASSWORD))));

    @Test
    void writesPastTheBoundOfAClientAreRefusedAtOnceWhileReadersAreServed() throws Exception {
        List<Socket> waiting = new ArrayList<>();
        try (Socket holder = LoopbackSockets.connect("127.0.0.60", server.baseUrl())) {
            // An update that runs to the server's timeout, holding the turn as long (its WHERE matches nothing and keeps no row).
            holder.getOutputStream().write(update("INSERT { GRAPH <" + WriteScope.USER_GRAPH_BASE + "never> { ?a ?b ?c } } WHERE"
                    + " { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) < 0) }")
                    .getBytes(StandardCharsets.UTF_8));
            Thread.sleep(2_000); // its password checked, it has the turn

            for (int i = 0; i < WriteTurns.WAITING_PER_CLIENT; i++) {
                Socket s = LoopbackSockets.connect("127.0.0.61", server.baseUrl());
                s.getOutputStream().write(smallPut("waiting-" + i).getBytes(StandardCharsets.US_ASCII));
                waiting.add(s);
                Thread.sleep(1_200); // its password checked, it waits in line
            }
            for (Socket s : waiting) assertEquals("", LoopbackSockets.answerWithin(s, 100), "a write in line is not answered yet");

            Timed timed = smallPutFrom("127.0.0.61", "one-too-many", 5_000);
            String refused = timed.answer();
            long millis = timed.millis();
            assertTrue(refused.startsWith("HTTP/1.1 503") && refused.contains("Retry-After: " + WriteTurns.RETRY_AFTER_SECONDS)
                    && refused.contains("this client already has " + WriteTurns.WAITING_PER_CLIENT + " writes waiting")
                    && refused.contains("X-Content-Type-Options: nosniff"), refused);
            assertTrue(millis < 3_000, "refused after " + millis + " ms (a password check, then at once)");

            for (int i = 0; i < 5; i++) {
                long pinged = System.nanoTime();
                HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ping.statusCode());
                assertTrue(System.nanoTime() - pinged < 1_000_000_000L, "ping took " + (System.nanoTime() - pinged) / 1_000_000 + " ms");
            }
            assertEquals(200, server.query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode());
        }
        // The holder's update reaches its timeout: the turn passes to the writes in line, which are served.
        for (Socket s : waiting) {
            try (s) {
                String answer = LoopbackSockets.answerWithin(s, 15_000);
                assertTrue(answer.startsWith("HTTP/1.1 201") || answer.startsWith("HTTP/1.1 200"), answer);
            }
        }
    }

    @Test
    void aSlowUploadHoldsNoTurnAndIsReceivedIntoATemporaryFileDeletedAfter() throws Exception {
        // Before, the upload's body streamed into Fuseki in the write's turn: the other writer's PUT waited for all of it.
        String triple = "<https://example.org/s> <https://example.org/p> \"uploaded\" .\n";
        byte[] body = ("# " + "x".repeat(100_000) + "\n" + triple).getBytes(StandardCharsets.US_ASCII);
        int burst = 70 * 1024; // past what is kept in memory
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (Socket uploader = LoopbackSockets.connect("127.0.0.62", server.baseUrl())) {
            uploader.getOutputStream().write(put("slow-upload", body.length, "").getBytes(StandardCharsets.US_ASCII));
            uploader.getOutputStream().write(body, 0, burst);
            int[] sent = {burst};
            trickle.scheduleAtFixedRate(() -> {
                if (sent[0] + 512 >= body.length) return; // the last bytes are sent by the test
                try {
                    uploader.getOutputStream().write(body, sent[0], 512); // 4 KiB/s, well above the minimum rate
                    sent[0] += 512;
                } catch (IOException ended) {
                    // the test is over
                }
            }, 0, 125, TimeUnit.MILLISECONDS);
            Thread.sleep(2_000); // its password checked, its body arriving
            boolean spooled = spooledBodies() > 0;
            // Before, the file kept its name while open: a server killed now left it in the temporary folder for good.
            assertEquals(0, namedSpooledBodies(), "the temporary file has no name once opened");

            Timed timed = smallPutFrom("127.0.0.63", "while-uploading", 10_000);
            String other = timed.answer();
            long millis = timed.millis();
            assertTrue(other.startsWith("HTTP/1.1 201") || other.startsWith("HTTP/1.1 200"), "answered within 10 s: '" + other + "'");
            assertTrue(millis < 3_000, "another writer's write answered after " + millis + " ms, the upload still arriving");
            assertTrue(spooled, "the body past 64 KiB is received into a temporary file");

            trickle.shutdownNow();
            trickle.awaitTermination(1, TimeUnit.SECONDS);
            uploader.getOutputStream().write(body, sent[0], body.length - sent[0]);
            String uploaded = LoopbackSockets.answerWithin(uploader, 10_000);
            assertTrue(uploaded.startsWith("HTTP/1.1 201") || uploaded.startsWith("HTTP/1.1 200"), uploaded);
        } finally {
            trickle.shutdownNow();
        }
        // Deleted as the request ends, which its answer may reach the client just before.
        for (long end = System.nanoTime() + 2_000_000_000L; spooledBodies() > 0 && System.nanoTime() < end; ) Thread.sleep(50);
        assertEquals(0, spooledBodies(), "the temporary file is deleted once the write is answered");
    }

    @Test
    void aReadersRdfBodyIsRefusedUnreadNotReceivedFirst() throws Exception {
        // Before, it was received whole (to a temporary file past 64 KiB) only to be refused 403: no answer until it all came.
        String credentials = Base64.getEncoder().encodeToString((READER + ":" + READER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket s = LoopbackSockets.connect("127.0.0.64", server.baseUrl())) {
            s.getOutputStream().write(("PUT /pactgraph/data?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + "by-reader")
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: text/turtle\r\n"
                    + "Content-Length: 10000000\r\n\r\n# " + "x".repeat(100_000)).getBytes(StandardCharsets.US_ASCII));
            String answer = LoopbackSockets.answerWithin(s, 5_000);
            assertTrue(answer.startsWith("HTTP/1.1 403"), "answered within 5 s with 9.9 MB unsent: '" + answer + "'");
        }
    }

    /** The temporary files this server process has open to receive bodies into. */
    private static long spooledBodies() throws IOException {
        return spooledBodyFiles().size();
    }

    /** Of those, the ones that still have a name in the temporary folder. */
    private static long namedSpooledBodies() throws IOException {
        return spooledBodyFiles().stream().filter(f -> !f.endsWith(" (deleted)")).count();
    }

    private static List<String> spooledBodyFiles() throws IOException {
        List<String> open = new ArrayList<>();
        try (var fds = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
            for (var fd : fds.toList()) {
                try {
                    String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                    if (target.contains("/pactgraph-body-")) open.add(target);
                } catch (IOException closedMeanwhile) {
                    // not a file, or closed since it was listed
                }
            }
        }
        return open;
    }

    private static String update(String update) {
        String credentials = Base64.getEncoder().encodeToString((RunningServer.WRITER + ":" + RunningServer.WRITER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        int length = update.getBytes(StandardCharsets.UTF_8).length;
        return "POST /pactgraph/update HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                + "\r\nContent-Type: application/sparql-update\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n" + update;
    }

    private static String put(String graph, long length, String start) {
        String credentials = Base64.getEncoder().encodeToString((RunningServer.WRITER + ":" + RunningServer.WRITER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return "PUT /pactgraph/data?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + graph) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: text/turtle\r\n"
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n" + start;
    }

    private static String smallPut(String graph) {
        String turtle = "<https://example.org/s> <https://example.org/p> \"" + graph + "\" .\n";
        return put(graph, turtle.length(), turtle);
    }

    /** An answer and the milliseconds it took. */
    private record Timed(String answer, long millis) {}

    /** Sends a small PUT from the address on a connection of its own; what was answered within the time, and when. */
    private static Timed smallPutFrom(String from, String graph, int millis) throws IOException {
        long start = System.nanoTime();
        try (Socket s = LoopbackSockets.connect(from, server.baseUrl())) {
            s.getOutputStream().write(smallPut(graph).getBytes(StandardCharsets.US_ASCII));
            String answer = LoopbackSockets.answerWithin(s, millis);
            return new Timed(answer, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
