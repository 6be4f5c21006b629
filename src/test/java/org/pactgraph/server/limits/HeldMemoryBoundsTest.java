package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.ServerSettings;

/**
 * What ARQ holds in memory where it cannot spill: the groups of a {@code GROUP BY} and the
 * triples a property path walks from one start node are refused with 413 past ten times
 * {@code --spill-rows} (here the smallest, 1,001, so 10,010), and {@code afn:sprintf} is refused
 * before it pads a value to a width longer than {@code --max-string}. A server with the long
 * default timeout, so that only the bound, not the timeout, can end these queries quickly.
 */
class HeldMemoryBoundsTest {
    private static final long SPILL = 1_001;
    private static final long ANSWER_WITHIN_MS = 5_000;

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer.loopback().withMemoryBounds(ServerSettings.DEFAULT_MAX_STRING_CHARS, SPILL));

    @Test
    void aGroupByOfMoreGroupsThanTheBoundIsRefusedNamingIt() {
        Timed a = timed("SELECT ?a ?c (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d } GROUP BY ?a ?c");
        assertEquals(413, a.answer.statusCode(), a.answer.body());
        assertTrue(a.answer.body().contains("more than " + SPILL * 10 + " groups") && a.answer.body().contains("--spill-rows"), a.answer.body());
        assertTrue(a.millis < ANSWER_WITHIN_MS, "refused after " + a.millis + " ms");
    }

    @Test
    void aGroupByWithinTheBoundAnswersAsBefore() {
        HttpResponse<String> a = server.query("SELECT ?t (COUNT(*) AS ?n) { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n) LIMIT 1", "text/csv");
        assertEquals(200, a.statusCode(), a.body());
        assertTrue(a.body().lines().count() == 2, a.body());
    }

    @Test
    void aPathThatWalksMoreTriplesThanTheBoundFromOneNodeIsRefusedNamingIt() {
        Timed a = timed("SELECT (COUNT(*) AS ?n) { <https://w3id.org/pactgraph/id/org/university-of-washington> (!<x:x>|^!<x:x>){,20} ?o }");
        assertEquals(413, a.answer.statusCode(), a.answer.body());
        assertTrue(a.answer.body().contains("triples walked by a property path") && a.answer.body().contains("--spill-rows"), a.answer.body());
        assertTrue(a.millis < ANSWER_WITHIN_MS, "refused after " + a.millis + " ms");
    }

    @Test
    void pathsWithinTheBoundAnswerAsBefore() {
        HttpResponse<String> a = server.query("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?o }", "text/csv");
        assertEquals(200, a.statusCode(), a.body());
        assertTrue(Integer.parseInt(a.body().lines().skip(1).findFirst().orElseThrow().strip()) > 10, a.body());
    }

    @Test
    void sprintfWithAWidthPastTheStringLimitIsRefusedBeforeItPads() {
        for (String function : new String[] {"<http://jena.apache.org/ARQ/function#sprintf>", "<java:org.apache.jena.sparql.function.library.sprintf>"}) {
            for (String format : new String[] {"%999999999d", "%.999999999f", "%9000000d%9000000d"}) {
                Timed a = timed("SELECT (STRLEN(" + function + "(\"" + format + "\", 1.5)) AS ?n) {}");
                assertEquals(413, a.answer.statusCode(), format + ": " + a.answer.body());
                assertTrue(a.answer.body().contains("--max-string"), a.answer.body());
                assertTrue(a.millis < ANSWER_WITHIN_MS, format + " refused after " + a.millis + " ms");
            }
        }
        HttpResponse<String> small = server.query("SELECT (<http://jena.apache.org/ARQ/function#sprintf>(\"%05d|%1$3d\", 42) AS ?s) {}", "text/csv");
        assertEquals(200, small.statusCode(), small.body());
        assertEquals("00042| 42", small.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private record Timed(HttpResponse<String> answer, long millis) {}

    private static Timed timed(String query) {
        long start = System.nanoTime();
        HttpResponse<String> a = server.query(query, "text/csv");
        return new Timed(a, (System.nanoTime() - start) / 1_000_000);
    }
}
