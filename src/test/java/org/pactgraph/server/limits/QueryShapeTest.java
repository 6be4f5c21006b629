package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * Queries whose cost comes before the timeout can stop it: a long RDF collection (which Fuseki
 * writes out for its log in time growing faster than the square of its length, and whose triples
 * TDB2 orders in one call no cancellation reaches), a basic graph pattern of thousands of triples,
 * and expressions nested deeper than ARQ's writers and evaluators recurse. Each is refused with
 * 413 naming the bound within seconds, where before the first ran for minutes on a 3 s timeout
 * and the nested ones were a 500 with an empty body or a 400 saying only "StackOverflowError".
 */
class QueryShapeTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer.loopback().withTimeout(Duration.ofSeconds(3)));

    @Test
    void aLongRdfCollectionIsRefusedBeforeItIsWrittenOutOrPlanned() throws Exception {
        // 800 items: fewer than QueryText's list bound, which refuses longer ones before they are parsed (QueryTextTest)
        HttpResponse<String> a = post("SELECT * { ?s ?p (" + repeat("1 ", 800) + ") } LIMIT 1");
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("1601 triple patterns") && a.body().contains("at most " + QueryShape.MAX_TRIPLE_PATTERNS), a.body());
        assertTrue(a.body().contains("split it into several queries."), a.body());
        assertEquals(200, server.get("/$/ping", "text/plain").statusCode());
    }

    @Test
    void basicGraphPatternsSplitIntoGroupsCountTogether() throws Exception {
        String group = "{ " + IntStream.range(0, 600).mapToObj(i -> "?v" + i + " ?p" + i + " ?v" + (i + 1) + " .")
                .collect(Collectors.joining(" ")) + " }";
        HttpResponse<String> a = post("SELECT * { " + group + " " + group + " } LIMIT 1");
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("1200 triple patterns"), a.body());
    }

    @Test
    void expressionsNestedPastTheBoundAreRefusedNamingItNotAServerError() throws Exception {
        for (String nested : List.of("1" + repeat(" + 1", 10_000), repeat("!", 10_000) + "true",
                repeat("(", 10_000) + "1" + repeat(")", 10_000))) {
            HttpResponse<String> a = post("SELECT * { BIND(" + nested + " AS ?x) }");
            assertEquals(413, a.statusCode(), nested.substring(0, 20) + ": " + a.body());
            assertTrue(a.body().contains("more than " + QueryShape.MAX_DEPTH + " levels deep"), a.body());
        }
        HttpResponse<String> path = post("SELECT * { ?s <x:p>" + repeat("/<x:p>", 10_000) + " ?o }");
        assertEquals(413, path.statusCode(), path.body());
        assertTrue(path.body().contains("levels deep"), path.body());
    }

    @Test
    void pathsOfFixedLengthCountEveryStepTheyAreWrittenOutInto() throws Exception {
        for (String path : List.of("<x:p>{20000}", "((<x:p>{100}){100}){10}", "(<x:p>/<x:q>){1000}", "<x:p>{2000,2000}")) {
            HttpResponse<String> a = post("SELECT * { ?s " + path + " ?o } LIMIT 1");
            assertEquals(413, a.statusCode(), path + ": " + a.body());
            assertTrue(a.body().contains("at most " + QueryShape.MAX_TRIPLE_PATTERNS), a.body());
        }
        HttpResponse<String> shortPath = post("SELECT * { ?s <x:p>{3}/^<x:q> ?o } LIMIT 1");
        assertEquals(200, shortPath.statusCode(), shortPath.body());
    }

    @Test
    void aQueryArqCannotBuildIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> a = post("SELECT ?x (1 AS ?x) {}");
        assertEquals(400, a.statusCode(), a.body());
        assertTrue(a.body().contains("Duplicate variable"), a.body());
    }

    /** Fails without it: 500 and a stack trace in the log for a client's error (round 17). */
    @Test
    void aPropertyFunctionGivenArgumentsItCannotTakeIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> a = post("SELECT * { (?a ?b) <http://jena.apache.org/ARQ/property#strSplit> ?x }");
        assertEquals(400, a.statusCode(), a.body());
        assertEquals("This query cannot be evaluated: List arguments (subject) to http://jena.apache.org/ARQ/property#strSplit.\n", a.body());
        HttpResponse<String> unbound = post("SELECT * { ?x <http://jena.apache.org/ARQ/property#str> ?y }");
        assertEquals(400, unbound.statusCode(), unbound.body());
        assertEquals("This query cannot be evaluated: str: Both subject and object are unbound variables.\n", unbound.body());
    }

    @Test
    void queriesWithinTheBoundsAnswerAsBefore() throws Exception {
        HttpResponse<String> list = post("ASK { FILTER NOT EXISTS { ?s ?p (" + repeat("1 ", 400) + ") } }");
        assertEquals(200, list.statusCode(), list.body());
        HttpResponse<String> sum = server.query("SELECT (1" + repeat(" + 1", 400) + " AS ?n) {}", "text/csv");
        assertEquals(200, sum.statusCode(), sum.body());
        assertEquals("401", sum.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void everyCatalogueQueryIsWithinTheBounds() throws IOException {
        try (var files = Files.list(Path.of("queries"))) {
            List<Path> queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(queries.size() > 5, queries.toString());
            for (Path q : queries) {
                String text = Files.readString(q);
                assertDoesNotThrow(() -> QueryShape.check(text), q.toString());
            }
        }
    }

    private static HttpResponse<String> post(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(ANSWER_WITHIN)
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }
}
