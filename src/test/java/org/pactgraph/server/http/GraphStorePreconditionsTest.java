package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.security.WriteScope;

/**
 * What {@link GraphStoreWrites} promises over real HTTP, with a writer's real credentials on a
 * store of its own: a Graph Store write whose If-Match, If-None-Match or If-Unmodified-Since
 * fails is answered 412 and leaves the graph as it was; one whose precondition holds is served.
 */
class GraphStorePreconditionsTest {
    private static final String ALICE = "alice";
    private static final String ALICE_PASSWORD = "alice-secret";
    private static final String CAROL = "carol";
    private static final String CAROL_PASSWORD = "carol-secret";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(RunningServer.loopback()
            .withAuthFile(RunningServer.usersFile(ALICE, "write", ALICE_PASSWORD, CAROL, "write", CAROL_PASSWORD))));

    private static String graphUrl(String graph) {
        return server.baseUrl() + "/pactgraph/data?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + graph);
    }

    private static String turtle(String value) {
        return "<https://example.org/s> <https://example.org/p> \"" + value + "\" .";
    }

    private static HttpResponse<String> write(String method, String user, String password, String graph, String value, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(graphUrl(graph))).header("Content-Type", "text/turtle")
                .method(method, value == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(turtle(value)));
        for (int i = 0; i + 1 < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return server.send(RunningServer.withCredentials(r, user, password).build());
    }

    private static HttpResponse<String> read(String graph) {
        return server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(graphUrl(graph)))
                .header("Accept", "application/n-triples").GET(), ALICE, ALICE_PASSWORD).build());
    }

    /** Fuseki answers 201 for a graph it created, 200 for one it replaced or added to. */
    private static void assertWritten(HttpResponse<String> r, String why) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, why + ": " + r.statusCode() + " " + r.body());
    }

    private static String tag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers()));
    }

    @Test
    void aPutBackAfterAnotherWriterChangedTheGraphIsAnswered412AndTheOtherWritersTriplesStay() {
        assertEquals(201, write("PUT", ALICE, ALICE_PASSWORD, "shared", "first").statusCode());
        HttpResponse<String> alicesCopy = read("shared");
        assertEquals(200, alicesCopy.statusCode());
        assertWritten(write("PUT", CAROL, CAROL_PASSWORD, "shared", "carols", "If-Match", tag(alicesCopy)),
                "the graph has not changed since alice read it: carol's write with that tag holds");

        HttpResponse<String> lost = write("PUT", ALICE, ALICE_PASSWORD, "shared", "alices", "If-Match", tag(alicesCopy));
        assertEquals(412, lost.statusCode(), lost.body());
        assertTrue(lost.body().startsWith("The precondition failed, and nothing was written"), lost.body());
        HttpResponse<String> after = read("shared");
        assertTrue(after.body().contains("\"carols\"") && !after.body().contains("\"alices\""), after.body());

        assertEquals(412, write("DELETE", ALICE, ALICE_PASSWORD, "shared", null, "If-Match", tag(alicesCopy)).statusCode());
        assertEquals(412, write("POST", ALICE, ALICE_PASSWORD, "shared", "alices", "If-Match", tag(alicesCopy)).statusCode());
        assertEquals(after.body(), read("shared").body(), "nothing refused was written");

        assertWritten(write("PUT", ALICE, ALICE_PASSWORD, "shared", "alices", "If-Match", tag(after)),
                "with the tag of what she read again, her write is served");
        assertTrue(read("shared").body().contains("\"alices\""));
    }

    @Test
    void theTagOfThePublicGraphStoreReadServesAsWellAsTheWritersOwn() {
        assertEquals(201, write("PUT", ALICE, ALICE_PASSWORD, "public", "first").statusCode());
        HttpResponse<String> publicCopy = server.get("/pactgraph/get?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + "public"),
                "text/turtle");
        assertEquals(200, publicCopy.statusCode());
        assertWritten(write("PUT", ALICE, ALICE_PASSWORD, "public", "second", "If-Match", "\"other\", " + tag(publicCopy)), "a list holding it");
    }

    @Test
    void ifNoneMatchAnyCreatesAGraphOnlyWhenItHoldsNothing() {
        assertEquals(201, write("PUT", ALICE, ALICE_PASSWORD, "created-once", "first", "If-None-Match", "*").statusCode());
        HttpResponse<String> again = write("PUT", CAROL, CAROL_PASSWORD, "created-once", "second", "If-None-Match", "*");
        assertEquals(412, again.statusCode(), again.body());
        assertTrue(read("created-once").body().contains("\"first\""));
        assertEquals(412, write("PUT", ALICE, ALICE_PASSWORD, "never-made", "x", "If-Match", "*").statusCode(),
                "If-Match: * needs a graph to match");
        assertEquals(404, read("never-made").statusCode());
    }

    @Test
    void ifUnmodifiedSinceBeforeTheLastChangeIsAnswered412() throws InterruptedException {
        // A date has whole seconds: the state read must be the first of its second for the date to name it alone.
        Thread.sleep(1_100);
        assertEquals(201, write("PUT", ALICE, ALICE_PASSWORD, "dated", "first").statusCode());
        HttpResponse<String> refused = write("PUT", ALICE, ALICE_PASSWORD, "dated", "second", "If-Unmodified-Since",
                "Thu, 01 Jan 1970 00:00:00 GMT");
        assertEquals(412, refused.statusCode(), refused.body());
        assertTrue(read("dated").body().contains("\"first\""));
        HttpResponse<String> copy = read("dated");
        assertWritten(write("PUT", ALICE, ALICE_PASSWORD, "dated", "second", "If-Unmodified-Since",
                copy.headers().firstValue("Last-Modified").orElseThrow()), "unmodified since it was read");
    }

    @Test
    void aWriteInTheSecondAliceReadIsNotLostToHerIfUnmodifiedSince() {
        // Found by an attacker's review: two writes in one second, and a date with whole seconds let alice's PUT overwrite carol's.
        assertEquals(201, write("PUT", ALICE, ALICE_PASSWORD, "same-second", "first").statusCode());
        HttpResponse<String> alicesCopy = read("same-second");
        assertWritten(write("PUT", CAROL, CAROL_PASSWORD, "same-second", "carols"), "carol writes without a precondition");
        HttpResponse<String> lost = write("PUT", ALICE, ALICE_PASSWORD, "same-second", "alices", "If-Unmodified-Since",
                alicesCopy.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(412, lost.statusCode(), lost.body());
        assertTrue(read("same-second").body().contains("\"carols\""));
    }

    @Test
    void anUpdateWithAQueryParameterStillMovesTheTagSoThatAnOldTagIsRefused() {
        // Found by an attacker's review: ?query= on the update endpoint kept the store's tag, and alice's PUT then overwrote carol's update.
        assertEquals(201, write("PUT", ALICE, ALICE_PASSWORD, "updated", "first").statusCode());
        HttpResponse<String> alicesCopy = read("updated");
        HttpRequest.Builder update = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update?query=x"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + WriteScope.USER_GRAPH_BASE + "updated" + "> { <urn:x> <urn:p> \"carol-upd\" } }"));
        HttpResponse<String> carols = server.send(RunningServer.withCredentials(update, CAROL, CAROL_PASSWORD).build());
        assertTrue(carols.statusCode() < 300, carols.statusCode() + " " + carols.body());
        HttpResponse<String> lost = write("PUT", ALICE, ALICE_PASSWORD, "updated", "alices", "If-Match", tag(alicesCopy));
        assertEquals(412, lost.statusCode(), lost.body());
        assertTrue(read("updated").body().contains("carol-upd"));
    }

    @Test
    void aPreconditionOnAFormPostReadsNothingOfTheFormBeforeTheBodyLimits() throws Exception {
        // Found by reading: If-Match: * made the server read the form's graph field, from the connection, before the body
        // limits ran; a form that was not UTF-8 got Jetty's words, and a slow one was read without the body's deadline.
        String credentials = java.util.Base64.getEncoder().encodeToString((ALICE + ":" + ALICE_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String head = "POST /pactgraph/data?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + "formed") + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\nIf-Match: *\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n";
        String unknown = server.raw(head.replace("formed", "never-formed") + "Content-Length: 9\r\n\r\ngraph=%FF");
        assertTrue(unknown.startsWith("HTTP/1.1 412"), "the URL's graph holds nothing, and no byte of the form is needed: " + unknown);
        assertWritten(write("PUT", ALICE, ALICE_PASSWORD, "formed", "x"), "the graph exists, so If-Match: * holds");
        String badBytes = server.raw(head + "Content-Length: 9\r\n\r\ngraph=%FF");
        assertTrue(badBytes.startsWith("HTTP/1.1 400") && badBytes.contains("send its fields percent-encoded as UTF-8"), badBytes);

        long start = System.nanoTime();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", URI.create(server.baseUrl()).getPort())) {
            s.getOutputStream().write((head + "Content-Length: 1000\r\n\r\ngraph=").getBytes(StandardCharsets.US_ASCII));
            s.setSoTimeout(500);
            String answer = "";
            while (answer.isEmpty() && System.nanoTime() - start < 30_000_000_000L) {
                s.getOutputStream().write('x'); // a byte every half second, under the idle timeout
                try {
                    answer = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                } catch (java.net.SocketTimeoutException nothingYet) {
                    // still reading
                } catch (java.io.IOException answeredAndClosed) {
                    answer = "closed";
                }
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer + " after " + seconds + " s");
            assertTrue(seconds <= 20, "answered after " + seconds + " s: the form's deadline is 15 s");
        }
    }

    @Test
    void aGraphStoreRequestNamingTwoGraphsIsAnswered400NamingTheParameter() {
        String g = RunningServer.encode(WriteScope.USER_GRAPH_BASE + "one");
        // Fuseki said "Multiple ?default in the query string of the request" for two graph= parameters.
        HttpResponse<String> twice = server.get("/pactgraph/get?graph=" + g + "&graph=urn:x:two", "text/turtle");
        assertEquals(400, twice.statusCode());
        assertEquals("The parameter 'graph' is given 2 times; a Graph Store request names one graph: send graph=IRI once, or default once\n",
                twice.body());
        assertTrue(server.get("/pactgraph/get?default&default", "text/turtle").body().startsWith("The parameter 'default' is given 2 times"));
        assertTrue(server.get("/pactgraph/get?graph=" + g + "&default", "text/turtle").body()
                .startsWith("The parameters 'graph' and 'default' are both given"));
        HttpResponse<String> written = write("PUT", ALICE, ALICE_PASSWORD, "one", "x");
        assertTrue(written.statusCode() < 300, written.body());
        HttpRequest.Builder two = HttpRequest.newBuilder(URI.create(graphUrl("one") + "&graph=urn:x:two")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle("y")));
        HttpResponse<String> refused = server.send(RunningServer.withCredentials(two, ALICE, ALICE_PASSWORD).build());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().startsWith("The parameter 'graph' is given 2 times"), refused.body());
        assertTrue(read("one").body().contains("\"x\""), "nothing written");
    }

    @Test
    void aFormNamingAGraphInItsBodyIsAnswered400NamingTheField() {
        // Found by round 11's review: the URL said graph=A and the form graph=B; Fuseki answered "Multiple ?default in the query string".
        String b = RunningServer.encode(WriteScope.USER_GRAPH_BASE + "form-b");
        for (String form : new String[] {"graph=" + b, "default=", "x=1&graph=" + b + "&graph=" + b}) {
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(graphUrl("form-a")))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            HttpResponse<String> refused = server.send(RunningServer.withCredentials(post, ALICE, ALICE_PASSWORD).build());
            assertEquals(400, refused.statusCode(), form + ": " + refused.body());
            String field = form.startsWith("default") ? "default" : "graph";
            assertEquals("The form's body has a field '" + field + "'; a Graph Store request names its graph in the URL only:"
                    + " send graph=IRI (or default) in the URL, and not in the form\n", refused.body(), form);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), refused.headers().toString());
        }
        assertEquals(404, read("form-a").statusCode(), "nothing written");
    }

    @Test
    void theGraphOfAPreconditionIsReadAsFusekiReadsTheUrl() {
        // Both read the URL with Jetty's parser: + is a space, %2B a plus; a malformed escape and a repeated name are refused.
        assertWritten(write("PUT", ALICE, ALICE_PASSWORD, "a+b", "plus"), "a graph whose name has a plus, sent as %2B");
        String plus = server.baseUrl() + "/pactgraph/data?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + "a+b");
        String space = plus.replace("%2B", "+");
        HttpResponse<String> held = server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(plus))
                .header("Content-Type", "text/turtle").header("If-Match", "*").PUT(HttpRequest.BodyPublishers.ofString(turtle("again"))),
                ALICE, ALICE_PASSWORD).build());
        assertWritten(held, "If-Match: * holds for the graph %2B names");
        HttpResponse<String> failed = server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(space))
                .header("Content-Type", "text/turtle").header("If-Match", "*").PUT(HttpRequest.BodyPublishers.ofString(turtle("no"))),
                ALICE, ALICE_PASSWORD).build());
        assertEquals(412, failed.statusCode(), "+ is a space, a graph that holds nothing: " + failed.body());
        String malformed = server.raw("GET /pactgraph/get?graph=urn:x:%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(malformed.startsWith("HTTP/1.1 400") && malformed.contains("The URL's query string is not percent-encoded UTF-8: '%zz'"),
                malformed);
        HttpResponse<String> repeated = server.get("/pactgraph/get?graph=urn:x:a&gr%61ph=urn:x:b", "text/turtle");
        assertEquals(400, repeated.statusCode());
        assertTrue(repeated.body().startsWith("The parameter 'graph' is given 2 times"), repeated.body());
        assertTrue(read("a+b").body().contains("\"again\""), "the %2B graph holds what its precondition let through");
    }
}
