package org.pactgraph.server.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * Cheap requests are answered while expensive ones run. Another client (127.0.0.2; loopback
 * answers on all of 127/8) keeps up one of three loads that each held every Jetty thread before:
 * 18 slow queries, 18 request bodies sent a byte every 2 s, 20 dump downloads never read. Meanwhile
 * this client (127.0.0.1) asks for {@code /$/ping}, a small catalogue query and a resource page,
 * one after another, for {@code -Dpactgraph.capacity.seconds} (default 6: about 180 rounds, so
 * that the 99th percentile is not just the slowest round; it was 12 until CI time ran short) seconds: every one
 * must be a 200, the 99th percentile of ping under {@link #PING_P99_MS}, of the query and the
 * page under {@link #QUERY_P99_MS}. Ping's bound is looser than the target in the README (100 ms)
 * because CI shares two cores with other builds. Before the fix, on the same machine, ping took
 * 196 s under the slow bodies, and the query 1.1 to 1.3 s under the other two loads.
 */
class CheapRequestsUnderLoadTest {
    private static final long PING_P99_MS = 500;
    private static final long QUERY_P99_MS = 1_000;
    private static final long PAGE_P99_MS = 1_000;
    private static final int ABUSERS = 18;
    private static final int SLOW_BODIES = 300;
    private static final int SLOW_BODY_BYTES_PER_SECOND = 400;
    private static final String SLOW_QUERY = "src/test/resources/server/abuse/cartesian-product.rq";
    private static final String SMALL_QUERY = "queries/partners-of-the-university-of-washington.rq";
    private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("pactgraph.capacity.seconds", 6));

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer.loopback().withTimeout(Duration.ofSeconds(20)));

    private static InetAddress other;

    @BeforeAll
    static void start() throws IOException {
        other = InetAddress.getByName("127.0.0.2");
    }

    @Test
    void pingAQueryAndAPageAreAnsweredWhileAnotherClientRunsEighteenSlowQueries() throws Exception {
        String slow = Files.readString(Path.of(SLOW_QUERY));
        HttpClient http = HttpClient.newBuilder().localAddress(other).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(slow)).build();
        cheapRequestsStayFastWhile("18 slow queries", stop -> {
            while (!stop.get()) {
                try {
                    http.send(request, HttpResponse.BodyHandlers.discarding());
                } catch (IOException e) {
                    pause(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    @Test
    void pingAQueryAndAPageAreAnsweredWhileAnotherClientSendsEighteenBodiesAByteEveryTwoSeconds() throws Exception {
        String head = "POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 100\r\n\r\nA";
        cheapRequestsStayFastWhile("18 bodies sent a byte every 2 s", stop -> {
            while (!stop.get()) {
                try (Socket s = connect(8192)) {
                    OutputStream out = s.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    while (!stop.get() && s.getInputStream().available() == 0) {
                        pause(2_000);
                        out.write('S');
                        out.flush();
                    }
                } catch (IOException e) {
                    pause(100);
                }
            }
        });
    }

    @Test
    void pingAQueryAndAPageAreAnsweredWhileThreeHundredBodiesArriveAtFourHundredBytesASecondFromTenAddresses() throws Exception {
        String head = "POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 1000000\r\n\r\n";
        byte[] tick = "S".repeat(SLOW_BODY_BYTES_PER_SECOND / 10).getBytes(StandardCharsets.US_ASCII);
        cheapRequestsStayFastWhile(SLOW_BODIES + " bodies at " + SLOW_BODY_BYTES_PER_SECOND + " B/s", stop -> {
            // One thread keeps every body going: 40 bytes to each socket every 100 ms; an answered or closed one is opened again.
            Socket[] sockets = new Socket[SLOW_BODIES];
            while (!stop.get()) {
                for (int i = 0; i < sockets.length && !stop.get(); i++) {
                    try {
                        if (sockets[i] == null || sockets[i].getInputStream().available() > 0) {
                            if (sockets[i] != null) sockets[i].close();
                            sockets[i] = null;
                            sockets[i] = connect(8192, InetAddress.getByName("127.0.0." + (2 + i % 10)));
                            sockets[i].getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                        }
                        sockets[i].getOutputStream().write(tick);
                    } catch (IOException e) {
                        sockets[i] = null;
                    }
                }
                pause(100);
            }
            for (Socket s : sockets) {
                try {
                    if (s != null) s.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }, 1);
    }

    @Test
    void pingAQueryAndAPageAreAnsweredWhileAnotherClientNeverReadsTwentyDumps() throws Exception {
        String get = "GET /dumps/pactgraph.nq HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        cheapRequestsStayFastWhile("20 dumps never read", stop -> {
            while (!stop.get()) {
                // Many downloads asked for on one connection, none read: the server's writes fill the socket and wait.
                try (Socket s = connect(4096)) {
                    s.getOutputStream().write(get.repeat(20).getBytes(StandardCharsets.US_ASCII));
                    while (!stop.get() && !s.isClosed()) {
                        pause(500);
                        s.getOutputStream().write(' ');
                    }
                } catch (IOException e) {
                    pause(100);
                }
            }
        }, 20);
    }

    private interface Load {
        void run(AtomicBoolean stop);
    }

    private static void cheapRequestsStayFastWhile(String load, Load abuser) throws Exception {
        cheapRequestsStayFastWhile(load, abuser, ABUSERS);
    }

    private static void cheapRequestsStayFastWhile(String load, Load abuser, int abusers) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < abusers; i++) threads.add(Thread.ofPlatform().daemon().start(() -> abuser.run(stop)));
        String query = Files.readString(Path.of(SMALL_QUERY));
        List<Long> ping = new ArrayList<>();
        List<Long> small = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        try {
            pause(2_000); // let the load take hold
            long end = System.nanoTime() + LENGTH.toNanos();
            while (System.nanoTime() < end) {
                timed(ping, failures, "ping", () -> server.get("/$/ping", "text/plain"));
                timed(small, failures, "query", () -> server.query(query, "application/sparql-results+json"));
                timed(page, failures, "page", () -> server.get("/id/org/nvidia.html", "text/html"));
                pause(20);
            }
        } finally {
            stop.set(true);
            for (Thread t : threads) t.interrupt();
        }
        long pingP99 = p99(ping);
        long queryP99 = p99(small);
        long pageP99 = p99(page);
        System.out.printf("Under %s: ping p99 %d ms (max %d), small query p99 %d ms (max %d), page p99 %d ms (max %d), %d rounds, failures %s%n",
                load, pingP99, max(ping), queryP99, max(small), pageP99, max(page), ping.size(), failures);
        assertEquals(Map.of(), failures, "cheap requests that failed under " + load);
        assertTrue(ping.size() >= 5, "only " + ping.size() + " rounds in " + LENGTH.toSeconds() + " s under " + load);
        assertTrue(pingP99 < PING_P99_MS, "ping p99 " + pingP99 + " ms under " + load);
        assertTrue(queryP99 < QUERY_P99_MS, "small query p99 " + queryP99 + " ms under " + load);
        assertTrue(pageP99 < PAGE_P99_MS, "resource page p99 " + pageP99 + " ms under " + load);
    }

    private interface Call {
        HttpResponse<String> send();
    }

    private static void timed(List<Long> millis, Map<String, Integer> failures, String what, Call call) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> r = call.send();
            if (r.statusCode() != 200) failures.merge(what + " " + r.statusCode(), 1, Integer::sum);
        } catch (RuntimeException e) {
            failures.merge(what + " " + e.getClass().getSimpleName(), 1, Integer::sum);
        }
        millis.add((System.nanoTime() - t) / 1_000_000);
    }

    private static Socket connect(int receiveBuffer) throws IOException {
        return connect(receiveBuffer, other);
    }

    private static Socket connect(int receiveBuffer, InetAddress from) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(receiveBuffer);
        s.bind(new InetSocketAddress(from, 0));
        URI base = URI.create(server.baseUrl());
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        return s;
    }

    private static long p99(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(0.99 * sorted.size()) - 1));
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
