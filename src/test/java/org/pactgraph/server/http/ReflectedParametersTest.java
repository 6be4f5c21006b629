package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.RunningServer;

/** Fuseki's stylesheet= and callback= parameters never put the caller's text into an answer. */
class ReflectedParametersTest {
    private static final String HOSTILE = RunningServer.encode("javascript:alert('pwned')</script><script>alert(1)//");
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.overSharedStore(RunningServer.loopback());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCallbackDoesNotWrapTheJsonResults() {
        HttpResponse<String> r = server.get("/pactgraph/sparql?query=ASK%7B%7D&callback=" + HOSTILE, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("alert") || r.body().contains("script"), r.body());
        assertEquals('{', r.body().strip().charAt(0), r.body());
    }

    @Test
    void aStylesheetIsNotNamedInTheXmlResults() {
        HttpResponse<String> r = server.get("/pactgraph/sparql?query=ASK%7B%7D&stylesheet=" + HOSTILE, "application/sparql-results+xml");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("xml-stylesheet") || r.body().contains("alert"), r.body());
    }

    @Test
    void theParametersSentInAFormAreIgnoredToo() {
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D&callback=" + HOSTILE)).build());
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("alert"), r.body());
    }
}
