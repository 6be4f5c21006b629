package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.RunningServer;

/**
 * Query text the parser would spend seconds on is refused before it parses: a query longer than
 * {@link QueryText#MAX_QUERY_CHARS}, and a list between parentheses of more than
 * {@link QueryText#MAX_LIST_ITEMS} items (one RDF collection of 500,000 items, a 1 MiB query, took
 * 13.5 s to refuse, all of it in ARQ's parser). The lexical scan cannot be fooled by the ways an
 * item may be written, and does not count parentheses inside strings, IRIs and comments.
 */
class QueryTextTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.overSharedStore(RunningServer.loopback().withTimeout(Duration.ofSeconds(3)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCollectionAsLongAsTheLengthBoundAllowsIsRefusedBeforeItIsParsed() throws Exception {
        String query = "SELECT * { ?s ?p (" + "1 ".repeat(125_000) + ") } LIMIT 1";
        assertTrue(query.length() < QueryText.MAX_QUERY_CHARS, "within the length bound: " + query.length());
        HttpResponse<String> a = post(query, Duration.ofSeconds(5));
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("list ( ... ) of more than " + QueryText.MAX_LIST_ITEMS + " items"), a.body());
    }

    @Test
    void aQueryLongerThanTheBoundIsRefusedUnparsed() throws Exception {
        String query = "SELECT * { VALUES ?x { " + "12345678 ".repeat(40_000) + "} }";
        HttpResponse<String> a = post(query, Duration.ofSeconds(5));
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("at most " + QueryText.MAX_QUERY_CHARS), a.body());
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + RunningServer.encode(query))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, form.statusCode(), form.body());
    }

    @Test
    void everyWayOfWritingAnItemCountsInTheRun() {
        for (String item : List.of("1 ", "-1", "+1", "1.5", ".5", "1e3 ", "\"a\"", "'a'", "\"\"\"a\"\"\"", "\"a\"@en ", "\"a\"^^<x:t>",
                "\"a\"^^xsd:int ", "<x:a>", "x:a ", ":a ", "_:b ", "?v ", "$v ", "[] ", "[ ] ", "() ", "(1) ", "true ", "false ",
                "<<( <x:a> <x:b> <x:c> )>>", "<< <x:a> <x:b> <x:c> >>", "1 #(\n")) {
            String text = "SELECT * { ?s ?p (" + item.repeat(QueryText.MAX_LIST_ITEMS + 1) + ") }";
            QueryRefused refused = assertThrows(QueryRefused.class, () -> QueryText.checkQuery(text), item);
            assertTrue(refused.getMessage().contains("items side by side"), refused.getMessage());
        }
        // 1.1.1 is 1.1 and .1 to the parser: the scan reads numbers as it does
        assertThrows(QueryRefused.class, () -> QueryText.checkQuery("SELECT * { ?s ?p (" + "1.1".repeat(QueryText.MAX_LIST_ITEMS + 2) + ") }"));
    }

    @Test
    void parenthesesInsideStringsIrisAndCommentsAreNotLists() {
        String many = "1 ".repeat(QueryText.MAX_LIST_ITEMS + 1);
        for (String text : List.of("SELECT * { ?s ?p \"(" + many + ")\" }", "SELECT * { ?s ?p '''(" + many + ")''' }",
                "SELECT * { ?s ?p <x:(" + many.replace(' ', '_') + ")> }", "# (" + many + ")\nSELECT * {}",
                "SELECT * { VALUES ?x { " + many + "} }", "SELECT * { FILTER(?x IN (" + many.strip().replace(" ", ", ") + ")) }",
                "SELECT * { BIND((1" + " + 1".repeat(400) + ") AS ?n) }")) {
            assertDoesNotThrow(() -> QueryText.checkQuery(text), text.substring(0, 30));
        }
    }

    @Test
    void listsWithinTheBoundAnswerAsBefore() throws Exception {
        HttpResponse<String> a = post("ASK { FILTER NOT EXISTS { ?s ?p (" + "1 ".repeat(100) + ") } }", Duration.ofSeconds(10));
        assertEquals(200, a.statusCode(), a.body());
        HttpResponse<String> values = post("SELECT * { VALUES (?a ?b) { " + "(1 2) ".repeat(1_000) + "} } LIMIT 1", Duration.ofSeconds(10));
        assertEquals(200, values.statusCode(), values.body());
    }

    @Test
    void aLongRegularExpressionIsRefusedBeforeTheParserCompilesIt() throws Exception {
        // ARQ's parser compiled this pattern of 200,000 letters with the JDK, in time quadratic in its length: minutes, unstoppable.
        String letters = "a".repeat(200_000);
        for (String query : List.of("ASK { FILTER(REGEX(\"a\", \"" + letters + "\")) }",
                "SELECT (replace (\"a\", '''" + letters + "''', \"b\") AS ?x) {}",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { FILTER(fn:matches(\"a\", \"" + letters + "\", \"i\")) }",
                "ASK { FILTER(<http://www.w3.org/2005/xpath-functions#matches>(\"a\", \"" + letters + "\")) }")) {
            HttpResponse<String> a = post(query, Duration.ofSeconds(5));
            assertEquals(413, a.statusCode(), a.body());
            assertTrue(a.body().contains("pattern of") && a.body().contains("at most " + QueryText.MAX_PATTERN_CHARS), a.body());
        }
        // built while the query runs, the pattern is refused before it is compiled
        HttpResponse<String> built = post("ASK { BIND(CONCAT(\"" + "a".repeat(QueryText.MAX_PATTERN_CHARS) + "\", \"b\") AS ?p)"
                + " FILTER(REGEX(\"a\", ?p)) }", Duration.ofSeconds(5));
        assertEquals(413, built.statusCode(), built.body());
        HttpResponse<String> within = post("ASK { FILTER(REGEX(\"" + "a".repeat(QueryText.MAX_PATTERN_CHARS) + "\", \""
                + "a".repeat(QueryText.MAX_PATTERN_CHARS - 2) + "\")) }", Duration.ofSeconds(5));
        assertEquals(200, within.statusCode(), within.body());
        assertTrue(within.body().contains("true"), within.body());
    }

    @Test
    void aLongPatternInBracketsOrBehindAPrefixIsRefusedBeforeTheParserCompilesIt() throws Exception {
        // An attacker's review found these three past the check: each held a thread 14 to 58 s before the run-time check refused it.
        String letters = "a".repeat(120_000);
        for (String query : List.of("ASK { FILTER(REGEX(\"a\", (\"" + letters + "\"))) }",
                "SELECT (REPLACE(\"a\", ((\"" + letters + "\")), \"b\") AS ?x) {}",
                "PREFIX m: <http://www.w3.org/2005/xpath-functions#matches> ASK { FILTER(m:(\"a\", \"" + letters + "\")) }",
                "PREFIX m: <http://www.w3.org/2005/xpath-functions#mat> ASK { FILTER(m:ches(\"a\", \"" + letters + "\")) }")) {
            HttpResponse<String> a = post(query, Duration.ofSeconds(5));
            assertEquals(413, a.statusCode(), a.body());
            assertTrue(a.body().contains("pattern of"), a.body());
        }
    }

    @Test
    void aLongStringOutsideAPatternIsNotAPattern() {
        String letters = "a".repeat(QueryText.MAX_PATTERN_CHARS + 1);
        for (String text : List.of("ASK { FILTER(CONTAINS(\"" + letters + "\", \"a\")) }",
                "ASK { FILTER(REGEX(CONCAT(\"" + letters + "\", ?x), \"a\")) }", "ASK { ?s <x:regex> \"" + letters + "\" }",
                "ASK { FILTER(REGEX(\"" + letters + "\", \"a\")) }", "SELECT (REPLACE(\"a\", \"a\", \"" + letters + "\") AS ?x) {}")) {
            assertDoesNotThrow(() -> QueryText.checkQuery(text), text.substring(0, 40));
        }
    }

    private static HttpResponse<String> post(String query, Duration within) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(within)
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
