package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import org.pactgraph.server.security.WriteScope;

/**
 * Writers waiting for the store's one write at a time are bounded ({@link WriteTurns}): while
 * one writer's upload holds the turn, a client's writes past {@link WriteTurns#WAITING_PER_CLIENT}
 * are refused at once with 503 and {@code Retry-After}, the ones in line are served when the turn
 * comes, and {@code /$/ping} and queries answer as fast as ever meanwhile. Before, every write
 * waited up to 20 s on a server thread of its own, however many one client sent.
 */
class WriteTurnsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(RunningServer.loopback()
            .withAuthFile(RunningServer.usersFile(RunningServer.WRITER, "write", RunningServer.WRITER_PASSWORD))));

    @Test
    void writesPastTheBoundOfAClientAreRefusedAtOnceWhileReadersAreServed() throws Exception {
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        List<Socket> waiting = new ArrayList<>();
        try (Socket holder = connectFrom("127.0.0.60")) {
            // An upload at 4 KiB/s, well above every minimum rate, that holds the turn for as long as it goes on.
            holder.getOutputStream().write(put("turn-holder", 1_000_000, "# ").getBytes(StandardCharsets.US_ASCII));
            byte[] piece = "x".repeat(512).getBytes(StandardCharsets.US_ASCII);
            trickle.scheduleAtFixedRate(() -> {
                try {
                    holder.getOutputStream().write(piece);
                } catch (IOException ended) {
                    // the test is over
                }
            }, 0, 125, TimeUnit.MILLISECONDS);
            Thread.sleep(2_000); // its password checked, it has the turn

            for (int i = 0; i < WriteTurns.WAITING_PER_CLIENT; i++) {
                Socket s = connectFrom("127.0.0.61");
                s.getOutputStream().write(smallPut("waiting-" + i).getBytes(StandardCharsets.US_ASCII));
                waiting.add(s);
                Thread.sleep(1_200); // its password checked, it waits in line
            }
            for (Socket s : waiting) assertEquals("", answerWithin(s, 100), "a write in line is not answered yet");

            long start = System.nanoTime();
            String refused;
            try (Socket s = connectFrom("127.0.0.61")) {
                s.getOutputStream().write(smallPut("one-too-many").getBytes(StandardCharsets.US_ASCII));
                refused = answerWithin(s, 5_000);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
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
        } finally {
            trickle.shutdownNow();
        }
        // The holder's upload ended short: the turn passes to the writes in line, which are served.
        for (Socket s : waiting) {
            try (s) {
                String answer = answerWithin(s, 15_000);
                assertTrue(answer.startsWith("HTTP/1.1 201") || answer.startsWith("HTTP/1.1 200"), answer);
            }
        }
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

    /** What the server answered within the time, "" when nothing came. */
    private static String answerWithin(Socket s, int millis) throws IOException {
        s.setSoTimeout(millis);
        InputStream in = s.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                s.setSoTimeout(500); // the rest of an answer that has begun
            }
        } catch (SocketTimeoutException | java.net.SocketException ended) {
            // what arrived is the answer
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    private static Socket connectFrom(String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        URI base = URI.create(server.baseUrl());
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        return s;
    }
}
