package org.pactgraph.server.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.BigPages;
import org.pactgraph.server.HeldPlace;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.http.FairPlaces;
import org.pactgraph.server.limits.LimitsModule;
import org.pactgraph.server.limits.LoopbackSockets;
import org.pactgraph.server.linkeddata.LinkedDataModule;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.ops.OperationsModule;
import org.pactgraph.server.reconcile.ReconcileModule;
import org.pactgraph.search.LiveEntityIndex;

/**
 * The gate with one place in all and no queue: while one client's query holds the place (a
 * cross product that runs until the 3 s timeout ends it), a second query from that client and one
 * from another address are refused at once with 503, {@code Retry-After} and a one-line reason,
 * while ping is answered; once the long query has ended, the next query is answered.
 *
 * <p>The place is held by a running query, not by a slow body: bodies are read (and checked as
 * UTF-8) before the gate, so that clients sending slowly hold a thread for at most the minimum
 * data rate's grace, never one of the few places of heavy work.
 */
class HeavyWorkGateTest {
    @Test
    void aQueryPastTheBoundsIsRefusedWithRetryAfterWhilePingIsAnswered() throws Exception {
        DatasetGraph data = hundredStatements();
        ServerSettings settings = new ServerSettings("127.0.0.1", 0).withTimeout(Duration.ofSeconds(3));
        CapacityModule.Capacity onePlace = new CapacityModule.Capacity(1, 1, 0, 0, Duration.ZERO);
        try (PactServer server = PactServer.builder(settings, data).module(new LimitsModule(settings)).module(new OperationsModule())
                .module(new CapacityModule(onePlace)).start();
             HttpClient here = HttpClient.newHttpClient();
             HttpClient other = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build()) {
            HeldPlace holder = HeldPlace.take(server);
            for (HttpClient client : new HttpClient[] {here, other}) {
                HttpResponse<String> refused = client.send(query(server, "ASK {}"), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, refused.statusCode(), refused.body());
                assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
                assertTrue(refused.body().startsWith("The server is busy") && refused.body().lines().count() == 1, refused.body());
            }
            HttpResponse<String> ping = here.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + OperationsModule.PING)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            String held = holder.statusLine();
            holder.close();
            assertTrue(held.startsWith("HTTP/1.1 503"), "the long query ends at the timeout: " + held);
            // The place is given back just after the answer is sent.
            HttpResponse<String> after = here.send(query(server, "ASK {}"), HttpResponse.BodyHandlers.ofString());
            for (long end = System.nanoTime() + 5_000_000_000L; after.statusCode() == 503 && System.nanoTime() < end; ) {
                Thread.sleep(50);
                after = here.send(query(server, "ASK {}"), HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(200, after.statusCode(), after.body());
        }
    }

    /**
     * The gate sees a request's path as its servlet does: while the one place is held, the
     * reconciliation manifest asked as {@code /reconcil%65}, {@code /reconcile;x} or
     * {@code /x/../reconcile} is refused like {@code /reconcile}; the path as sent let each be
     * answered 200 at once past the gate (so too {@code /%73earch}, {@code /%69d/...} past the pages' gate).
     */
    @Test
    void aPathSpelledOtherwiseStillPassesTheGate() throws Exception {
        DatasetGraph data = hundredStatements();
        ServerSettings settings = new ServerSettings("127.0.0.1", 0).withTimeout(Duration.ofSeconds(3));
        CapacityModule.Capacity onePlace = new CapacityModule.Capacity(1, 1, 0, 0, Duration.ZERO);
        try (PactServer server = PactServer.builder(settings, data).module(new LimitsModule(settings))
                .module(new ReconcileModule(data, new LiveEntityIndex(data))).module(new CapacityModule(onePlace)).start();
             HeldPlace holder = HeldPlace.take(server)) {
            for (String path : List.of("/reconcile", "/reconcil%65", "/reconcile;x", "/x/../reconcile", "/./reconcile")) {
                try (Socket socket = new Socket("127.0.0.1", server.port())) {
                    socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    assertEquals("HTTP/1.1 503", status, path);
                }
            }
        }
    }

    /**
     * Round 17's attack, small: three addresses pipelining a large resource page and reading
     * nothing hold both places of the page gate and wait in its line; a new address's page, asked
     * once their answers are stuck, takes over the place of one of them and is answered at once,
     * and ping is answered. Without the fair share it waited in line for the 2 s bound and was
     * refused with 503 (on a full server 16 to 20 s, or 503).
     */
    @Test
    void aNewAddressGetsItsPageWhileOthersHoldEveryPlaceUnread() throws Exception {
        // A page of some 6 MB: more than the loopback's socket buffers hold, so each holder's first answer is stuck.
        DatasetGraph data = BigPages.withLines(2000);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0);
        CapacityModule.Capacity twoPlaces = new CapacityModule.Capacity(1, 2, 4, 8, Duration.ofSeconds(2));
        List<Socket> holders = new ArrayList<>();
        try (PactServer server = PactServer.builder(settings, data).module(new OperationsModule())
                .module(new LinkedDataModule(data, LinkedDataSettings.defaults())).module(new CapacityModule(twoPlaces)).start();
             HttpClient newcomer = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.9")).build()) {
          try {
            for (String from : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4")) {
                Socket holder = LoopbackSockets.connect(from, server.baseUrl());
                holders.add(holder);
                holder.setReceiveBufferSize(4096);
                holder.getOutputStream().write("GET /id/org/big.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(3).getBytes(StandardCharsets.US_ASCII));
            }
            Thread.sleep(FairPlaces.CUT_AFTER.toMillis() + 300);
            long asked = System.nanoTime();
            HttpResponse<String> page = newcomer.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/id/org/small.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - asked) / 1_000_000;
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(millis < 1500, "the newcomer's page took " + millis + " ms");
            HttpResponse<String> ping = newcomer.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + OperationsModule.PING)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
          } finally {
            // Before the server stops, which would wait for the holders' writes.
            for (Socket s : holders) s.close();
          }
        }
    }

    /**
     * Round 17's open item, small: sixteen addresses each pipelining a 1.5 MB resource page (and
     * reading it) keep the page gate's one place busy and its line full to its bound of eight, the
     * rest refused; a new address's page is asked once each of them has had a turn. The line is
     * taken in turn by address, the address served least recently first, so the newcomer's page
     * comes after the one being sent and those already in the sockets' buffers; first come, first
     * served (main), with no bound on the line as a whole, sent it after every request ahead of it,
     * fifteen. The requests past the line's bound are refused with a 503 that names it.
     */
    @Test
    void aNewAddressIsServedBeforeTheAddressesAlreadyServedAndTheLineIsBounded() throws Exception {
        DatasetGraph data = BigPages.withLines(500);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0);
        CapacityModule.Capacity onePlace = new CapacityModule.Capacity(1, 1, 8, 8, Duration.ofSeconds(20));
        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> refusals = new CopyOnWriteArrayList<>();
        Set<String> served = ConcurrentHashMap.newKeySet();
        List<Thread> attackers = new ArrayList<>();
        try (PactServer server = PactServer.builder(settings, data).module(new OperationsModule())
                .module(new LinkedDataModule(data, LinkedDataSettings.defaults())).module(new CapacityModule(onePlace)).start();
             HttpClient newcomer = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.99")).build()) {
          try {
            for (int i = 2; i < 18; i++) {
                String from = "127.0.0." + i;
                attackers.add(Thread.ofVirtual().start(() -> pipelinePages(server, from, attacking, answered, served, refusals)));
            }
            for (long end = System.nanoTime() + 8_000_000_000L; served.size() < 16 && System.nanoTime() < end; ) Thread.sleep(20);
            assertEquals(16, served.size(), "each attacking address has had a turn");
            int before = answered.get();
            HttpResponse<String> page = newcomer.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/id/org/small.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            int ahead = answered.get() - before;
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(ahead <= 7, "the newcomer's page came after " + ahead + " other pages");
            assertTrue(refusals.stream().anyMatch(r -> r.contains("the line for pages is full (8 waiting, the most it holds)")),
                    "a refusal names the line's bound: " + refusals.stream().limit(3).toList());
          } finally {
            attacking.set(false);
            for (Thread t : attackers) t.join(5_000);
          }
        }
    }

    /** One attacking address: pipelines the big page, reads the answers, counts them, reconnects when its connection is closed. */
    private static void pipelinePages(PactServer server, String from, AtomicBoolean attacking, AtomicInteger answered,
            Set<String> served, List<String> refusals) {
        byte[] pages = "GET /id/org/big.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(20).getBytes(StandardCharsets.US_ASCII);
        while (attacking.get()) {
            try (Socket s = LoopbackSockets.connect(from, server.baseUrl())) {
                s.setSoTimeout(500);
                s.getOutputStream().write(pages);
                InputStream in = s.getInputStream();
                byte[] buffer = new byte[65536];
                String tail = "";
                for (int n = 0; attacking.get() && n >= 0; ) {
                    try {
                        n = in.read(buffer);
                    } catch (SocketTimeoutException quiet) {
                        continue;
                    }
                    if (n <= 0) continue;
                    String text = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    for (int at = text.indexOf("HTTP/1.1 "); at >= 0 && at + 12 <= text.length(); at = text.indexOf("HTTP/1.1 ", at + 1)) {
                        if (text.startsWith("200", at + 9)) {
                            answered.incrementAndGet();
                            served.add(from);
                        } else {
                            int end = text.indexOf("Try again", at);
                            refusals.add(text.substring(at, end < 0 ? Math.min(text.length(), at + 400) : end));
                        }
                    }
                    tail = text.substring(Math.max(0, text.length() - 11));
                }
            } catch (IOException ended) {
                // reconnect
            }
        }
    }

    private static HttpRequest query(PactServer server, String query) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build();
    }

    /** A small store of a hundred statements, for the gate's tests of queries and of the reconciliation manifest. */
    private static DatasetGraph hundredStatements() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 100; i++) {
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));
        }
        return data;
    }
}
