package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * A URL whose query string is not percent-encoded UTF-8 gets 400 and a line naming the text and
 * its position, on every kind of path, sent byte for byte over a socket. Before, the Graph Store
 * read answered {@code ?graph=%FF} with 500 (and a stack trace in the log), and the other paths
 * with Jetty's {@code 400 Bad query}.
 */
class QueryStringsTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void aGraphStoreReadWithAnEscapeThatIsNotUtf8IsAClientErrorSayingWhere() {
        String answer = get("/pactgraph/get?graph=%FF");
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("'%FF' at character 7 is not a UTF-8 character"), answer);
    }

    @Test
    void everyPathNamesTheBadEscape() {
        for (String path : List.of("/search?q=%zz", "/pactgraph/sparql?query=ASK%7B%7D&x=%", "/reconcile/suggest/entity?prefix=%C0%AE",
                "/id/org/nvidia?x=%E6%85", "/pactgraph/explain?s=%ff", "/dumps/?%G1")) {
            String answer = get(path);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), path + ": " + answer);
            assertTrue(answer.contains("The URL's query string is not percent-encoded UTF-8: '%"), path + ": " + answer);
        }
    }

    @Test
    void wellFormedEscapesAreServedAsBefore() {
        String answer = get("/search?q=%E6%85%B6%E6%87%89+Keio");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.contains("keio-university"), answer);
    }

    @Test
    void theCheckNamesTheFirstBadPlace() {
        assertEquals("'%zz' at character 3 is not % and two hexadecimal digits", QueryStrings.problem("q=%zz").orElseThrow());
        assertEquals("'%C0%AE' at character 9 is not a UTF-8 character", QueryStrings.problem("a=%41&b=%C0%AE").orElseThrow());
        assertTrue(QueryStrings.problem("q=%E6%85%B6+x&y=%25").isEmpty());
    }

    private static String get(String path) {
        return server.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }
}
