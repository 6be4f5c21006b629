package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.security.WriteScope;

/**
 * A writer's SPARQL Update meets the bounds a query meets: its WHERE clauses, DELETE / INSERT
 * templates and DELETE WHERE patterns hold at most {@link QueryShape#MAX_TRIPLE_PATTERNS} triple
 * patterns together, nest at most {@link QueryShape#MAX_DEPTH} deep, and hold no list longer than
 * {@link QueryText#MAX_LIST_ITEMS}; each is refused with 413 before anything runs. Before, only
 * queries were checked, and such an update ran unbounded or overflowed the parser's stack.
 * INSERT DATA and DELETE DATA are data, not patterns, and are not counted.
 */
class UpdateShapeTest {
    private static final String G = WriteScope.DEFAULT_USER_GRAPH;
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer::withOneWriter);

    @Test
    void aDeleteWhereOfMoreTriplePatternsThanAQueryMayHoldIsRefused() {
        HttpResponse<String> a = update("DELETE WHERE { GRAPH <" + G + "> { " + chain(1_200) + " } }");
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("This update has 1200 triple patterns") && a.body().contains("at most " + QueryShape.MAX_TRIPLE_PATTERNS), a.body());
    }

    @Test
    void templatesAndWhereClausesCountTogether() {
        HttpResponse<String> a = update("INSERT { GRAPH <" + G + "> { " + chain(600) + " } } WHERE { " + chain(600) + " }");
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("1200 triple patterns"), a.body());
    }

    @Test
    void nestingPastTheBoundIsRefusedNotAStackOverflow() {
        for (String where : java.util.List.of("{".repeat(10_000) + "}".repeat(10_000), "BIND(1" + " + 1".repeat(10_000) + " AS ?x)")) {
            HttpResponse<String> a = update("INSERT { GRAPH <" + G + "> { <x:s> <x:p> ?x } } WHERE { " + where + " }");
            assertEquals(413, a.statusCode(), a.body());
            assertTrue(a.body().contains("more than " + QueryShape.MAX_DEPTH + " levels deep"), a.body());
        }
    }

    @Test
    void aLongCollectionIsRefusedBeforeTheUpdateIsParsed() {
        HttpResponse<String> a = update("INSERT DATA { GRAPH <" + G + "> { <x:s> <x:p> (" + "1 ".repeat(200_000) + ") } }");
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("of more than " + QueryText.MAX_LIST_ITEMS + " items"), a.body());
    }

    @Test
    void dataIsNotCountedAsPatterns() {
        // Deletes nothing (none of these triples is stored), so the shared store stays as it was.
        String triples = IntStream.range(0, 2_000).mapToObj(i -> "<x:absent> <x:p> " + i + " .").collect(Collectors.joining(" "));
        HttpResponse<String> a = update("DELETE DATA { GRAPH <" + G + "> { " + triples + " } }");
        assertEquals(204, a.statusCode(), a.body());
    }

    private static String chain(int n) {
        return IntStream.range(0, n).mapToObj(i -> "?v" + i + " <x:p> ?v" + (i + 1) + " .").collect(Collectors.joining(" "));
    }

    private static HttpResponse<String> update(String text) {
        return server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(text)));
    }
}
