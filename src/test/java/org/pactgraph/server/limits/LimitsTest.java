package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/** The safety defaults, over HTTP: timeout, row cap, SERVICE refused, CORS. */
class LimitsTest {
    private static final int CAP = 7;

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overSharedStore(RunningServer.loopback()
            .withTimeout(Duration.ofSeconds(1)).withAnonymousRowLimit(CAP).withAuthFile(RunningServer.usersFile("reader", "read", "reader-secret"))));

    private static long rows(HttpResponse<String> csv) {
        return csv.body().lines().count() - 1;
    }

    @Test
    void aHeavyQueryIsStoppedByTheTimeout() {
        // 3,000 triples cubed: hours of work without a timeout.
        String[] heavy = {
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1",
            "SELECT (COUNT(*) AS ?n) { ?a (<urn:x:p>|!<urn:x:p>)* ?b . ?c ?d ?e }",
        };
        for (String q : heavy) {
            long start = System.nanoTime();
            HttpResponse<String> r = server.query(q, "text/csv");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            assertTrue(ms < 10_000, q + " ran " + ms + " ms with a 1 s timeout");
        }
        // Fuseki has reports of timed-out queries that go on computing: check that none does.
        long busy = cpuOfAllThreadsDuring(Duration.ofSeconds(1));
        assertTrue(busy < 300, "threads kept computing after the timeouts: " + busy + " ms of CPU in 1 s");
    }

    private static long cpuOfAllThreadsDuring(Duration window) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = java.util.Arrays.stream(threads.getAllThreadIds()).map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
        try {
            Thread.sleep(window.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long after = java.util.Arrays.stream(threads.getAllThreadIds()).map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
        return (after - before) / 1_000_000;
    }

    @Test
    void anonymousQueriesGetAtMostTheCapAndAreToldSo() {
        HttpResponse<String> r = server.query("SELECT ?s { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(CAP, rows(r));
        assertEquals(String.valueOf(CAP), r.headers().firstValue("PactGraph-Row-Limit").orElse(""));
        HttpResponse<String> small = server.query("SELECT ?s { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(3, rows(small));
        assertTrue(small.headers().firstValue("PactGraph-Row-Limit").isEmpty(), "a smaller LIMIT is left alone");
    }

    @Test
    void aUserWithCredentialsGetsEveryRow() {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + RunningServer.encode("SELECT ?s { ?s ?p ?o } LIMIT 100"))).header("Accept", "text/csv");
        HttpResponse<String> answer = server.send(RunningServer.withCredentials(r, "reader", "reader-secret").build());
        assertEquals(100, rows(answer));
    }

    @Test
    void serviceToALoopbackUrlIsRefused() {
        String q = "SELECT * { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = server.query(q, "text/csv");
        assertEquals(403, r.statusCode(), "SERVICE answered " + r.statusCode() + ": " + r.body());
        assertTrue(r.body().contains("SERVICE is disabled on this server"), r.body());
    }

    @Test
    void browserClientsOnOtherOriginsMayRead() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + RunningServer.encode("ASK {}")))
                .header("Origin", "https://notebook.example").build());
        assertEquals(200, r.statusCode());
        assertEquals("https://notebook.example", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
