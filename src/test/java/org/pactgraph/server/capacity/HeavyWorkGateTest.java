package org.pactgraph.server.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.pactgraph.model.Iris;
import org.pactgraph.server.HeldPlace;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.limits.LimitsModule;
import org.pactgraph.server.limits.LoopbackSockets;
import org.pactgraph.server.linkeddata.LinkedDataModule;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.ops.OperationsModule;

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
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 100; i++) {
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));
        }
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
     * Round 17's attack, with one place: a client pipelining a large resource page and reading
     * nothing keeps the page computed or written, so another address's page is refused at once
     * with one line while ping is answered. Before, pages passed no gate: 300 connections from 250
     * addresses doing so kept 300 pages computing at once, and ping took up to 10 s.
     */
    @Test
    void aPagePastTheBoundsIsRefusedWhilePingIsAnswered() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node big = NodeFactory.createURI(Iris.ID_BASE + "org/big");
        for (int i = 0; i < 2000; i++) {
            data.add(Quad.defaultGraphIRI, big, NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(i + " " + "x".repeat(300)));
        }
        ServerSettings settings = new ServerSettings("127.0.0.1", 0);
        CapacityModule.Capacity onePlace = new CapacityModule.Capacity(1, 1, 0, 0, Duration.ZERO);
        try (PactServer server = PactServer.builder(settings, data).module(new OperationsModule())
                .module(new LinkedDataModule(data, LinkedDataSettings.defaults())).module(new CapacityModule(onePlace)).start();
             Socket holder = LoopbackSockets.connect("127.0.0.2", server.baseUrl());
             HttpClient other = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.3")).build()) {
            holder.setReceiveBufferSize(4096);
            holder.getOutputStream().write("GET /id/org/big.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(40).getBytes(StandardCharsets.US_ASCII));
            HttpRequest page = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/id/org/big.html")).build();
            HttpResponse<String> refused = other.send(page, HttpResponse.BodyHandlers.ofString());
            for (long end = System.nanoTime() + 5_000_000_000L; refused.statusCode() == 200 && System.nanoTime() < end; ) {
                Thread.sleep(100);
                refused = other.send(page, HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(503, refused.statusCode(), "another address's page while the holder's are unread");
            assertEquals("The server is busy: all 1 places for pages were taken for 0 s. Try again in 5 s.\n", refused.body());
            HttpResponse<String> ping = other.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + OperationsModule.PING)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
        }
    }

    private static HttpRequest query(PactServer server, String query) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build();
    }
}
