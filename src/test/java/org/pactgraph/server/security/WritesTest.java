package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.model.Iris;
import org.pactgraph.server.RunningServer;

/**
 * A server started with a password file, over a store of its own: who may write what, over
 * HTTP with real Basic credentials checked against real PBKDF2 hashes.
 */
class WritesTest {
    private static final String USER_GRAPH = WriteScope.USER_GRAPH_BASE + "notes";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(
            RunningServer.loopback().withAuthFile(RunningServer.usersFile("alice", "write", "alice-secret", "bob", "read", "bob-secret"))));

    private static HttpResponse<String> update(String user, String password, String update) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        return server.send(RunningServer.withCredentials(r, user, password).build());
    }

    private static String insert(String graph, String value) {
        return "INSERT DATA { GRAPH <" + graph + "> { <https://example.org/s> <https://example.org/p> \"" + value + "\" } }";
    }

    private static boolean holds(String value) {
        String ask = "ASK { GRAPH <" + USER_GRAPH + "> { ?s ?p \"" + value + "\" } }";
        return server.query(ask, "application/sparql-results+json").body().contains("true");
    }

    @Test
    void anUpdateWithoutCredentialsIsAnswered401WithAChallengeSayingCredentialsAreNeeded() {
        HttpResponse<String> r = update(null, null, insert(USER_GRAPH, "anonymous"));
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic realm=\"PactGraph\""), r.headers().toString());
        // Not "the user name or password is wrong": none was sent.
        assertTrue(r.body().startsWith("Writes need the credentials of a user with the write role") && !r.body().contains("wrong"), r.body());
        assertTrue(!holds("anonymous"));
    }

    @Test
    void aWrongPasswordIsAnswered401() {
        assertEquals(401, update("alice", "not-her-password", insert(USER_GRAPH, "wrong")).statusCode());
        assertTrue(!holds("wrong"));
    }

    @Test
    void aGraphStoreWriteWithoutOrWithWrongCredentialsIsAnswered401AndForAReaderIs403() {
        String turtle = "<https://example.org/s> <https://example.org/p> \"gsp-refused\" .";
        java.util.function.BiFunction<String, String, Integer> post = (user, password) -> server.send(RunningServer.withCredentials(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph=" + RunningServer.encode(USER_GRAPH)))
                        .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle)),
                user, password).build()).statusCode();
        assertEquals(401, post.apply(null, null));
        assertEquals(401, post.apply("alice", "wrong"));
        assertEquals(401, post.apply("nobody", "alice-secret"));
        assertEquals(403, post.apply("bob", "bob-secret"));
        assertTrue(!holds("gsp-refused"));
    }

    @Test
    void aQueryWithWrongCredentialsIsAnswered401NotServedAsAnonymous() {
        java.util.function.BiFunction<String, String, HttpResponse<String>> ask = (user, password) -> server.send(
                RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + RunningServer.encode("ASK {}"))), user, password).build());
        HttpResponse<String> wrong = ask.apply("alice", "not-her-password");
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic realm=\"PactGraph\""));
        assertTrue(wrong.body().contains("user name or password is wrong"), wrong.body());
        assertEquals(200, ask.apply("bob", "bob-secret").statusCode());
        assertEquals(200, ask.apply(null, null).statusCode(), "no credentials at all is an anonymous query");
    }

    @Test
    void aReadOnlyUserIsAnswered403() {
        assertEquals(403, update("bob", "bob-secret", insert(USER_GRAPH, "bob")).statusCode());
        assertTrue(!holds("bob"));
    }

    @Test
    void aWriterUpdatesAUserGraphAndQueriesSeeIt() {
        HttpResponse<String> r = update("alice", "alice-secret", insert(USER_GRAPH, "alice was here"));
        assertEquals(204, r.statusCode(), r.body());
        assertTrue(holds("alice was here"));
    }

    @Test
    void aPostThatWouldCreateAGraphNamesItsLocationOnlyWhenTheGraphIsCreated() {
        java.util.function.BiFunction<String, String, HttpResponse<String>> post = (type, body) -> server.send(RunningServer.withCredentials(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data"))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)),
                "alice", "alice-secret").build());
        HttpResponse<String> created = post.apply("text/turtle", "<https://example.org/s> <https://example.org/p> \"created-here\" .");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").startsWith(WriteScope.USER_GRAPH_BASE), created.headers().map().toString());
        // Refused by a filter of ours (a form over the size limit), then by Fuseki's parser: neither creates a graph.
        HttpResponse<String> tooLarge = post.apply("application/x-www-form-urlencoded", "graph=" + "x".repeat(3_000_000));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.headers().firstValue("Location").isEmpty(), "a refused POST creates no graph: " + tooLarge.headers().map());
        HttpResponse<String> notRdf = post.apply("text/turtle", "<https://example.org/s> <https://example.org/p> \"unterminated .");
        assertEquals(400, notRdf.statusCode(), notRdf.body());
        assertTrue(notRdf.headers().firstValue("Location").isEmpty(), "a refused POST creates no graph: " + notRdf.headers().map());
    }

    @Test
    void anUpdateOverTheSizeLimitWithNoContentTypeIsAnswered413AndNothingIsStored() {
        String big = "x".repeat(3_000_000);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                .POST(HttpRequest.BodyPublishers.ofString(insert(USER_GRAPH, big)));
        HttpResponse<String> answer = server.send(RunningServer.withCredentials(r, "alice", "alice-secret").build());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(!holds(big.substring(0, 10)) && !server.query("ASK { GRAPH <" + USER_GRAPH + "> { ?s ?p ?o FILTER(STRLEN(?o) > 1000000) } }",
                "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void writesIntoLoadedGraphsAreRefusedWhole() {
        String both = insert(USER_GRAPH, "half") + " ; " + insert(Iris.REFERENCE_GRAPH, "intruder");
        HttpResponse<String> r = update("alice", "alice-secret", both);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("<" + Iris.REFERENCE_GRAPH + "> is refused"), r.body());
        assertTrue(!holds("half"), "nothing of a refused request runs");
    }

    @Test
    void writesIntoTheDefaultGraphGoIntoTheWritersDefaultGraph() {
        HttpResponse<String> plain = update("alice", "alice-secret", "INSERT DATA { <https://example.org/s> <https://example.org/p> \"plain\" }");
        assertEquals(204, plain.statusCode(), plain.body());
        assertTrue(server.query("ASK { GRAPH <" + WriteScope.DEFAULT_USER_GRAPH + "> { ?s ?p \"plain\" } }",
                "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void writesIntoVariableGraphsAreRefused() {
        HttpResponse<String> variable = update("alice", "alice-secret", "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(403, variable.statusCode());
        assertTrue(variable.body().contains("GRAPH ?g is refused"), variable.body());
    }

    @Test
    void dropAllDropsTheWritersGraphsKeepsPactGraphsOwnAndSaysSo() {
        String other = "http://example.org/notes";
        assertEquals(204, update("alice", "alice-secret", insert(other, "dropped")).statusCode());
        String countOwn = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + Iris.GRAPH_BASE
                + "\") && !STRSTARTS(STR(?g), \"" + WriteScope.USER_GRAPH_BASE + "\")) }";
        String before = server.query(countOwn, "text/csv").body();
        HttpResponse<String> r = update("alice", "alice-secret", "DROP ALL");
        assertEquals(204, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue(CheckedUpdate.NOTE).orElse("").contains("PactGraph's own graphs"), r.headers().toString());
        assertEquals(before, server.query(countOwn, "text/csv").body());
        assertTrue(!before.contains("\n0"), before);
        assertTrue(server.query("ASK { GRAPH <" + other + "> { ?s ?p ?o } }", "application/sparql-results+json").body().contains("false"));
    }

    @Test
    void severalRefusalsAreAnsweredOneALine() {
        String two = insert(Iris.REFERENCE_GRAPH, "one") + " ; " + insert(Iris.INFERRED_GRAPH, "two");
        HttpResponse<String> r = update("alice", "alice-secret", two);
        assertEquals(403, r.statusCode());
        java.util.List<String> lines = r.body().lines().filter(l -> l.contains("is refused")).toList();
        assertEquals(2, lines.size(), r.body());
        assertTrue(lines.get(0).contains(Iris.REFERENCE_GRAPH) && lines.get(1).contains(Iris.INFERRED_GRAPH), r.body());
    }

    @Test
    void graphStoreWritesGoIntoAnyGraphButPactGraphsOwnAndAPutOfTheWholeDatasetIsRefused() {
        String turtle = "<https://example.org/s> <https://example.org/p> \"anywhere\" .";
        java.util.function.Function<String, HttpResponse<String>> put = query -> server.send(RunningServer.withCredentials(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data" + query))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)), "alice", "alice-secret").build());
        assertEquals(201, put.apply("?graph=" + RunningServer.encode("http://example.org/elsewhere")).statusCode());
        HttpResponse<String> whole = put.apply("");
        assertEquals(400, whole.statusCode(), whole.body());
        assertTrue(whole.body().contains("?default"), whole.body());
        HttpResponse<String> document = put.apply("?graph=" + RunningServer.encode(Iris.DOCUMENT_GRAPH_BASE + "anything"));
        assertEquals(403, document.statusCode());
        assertTrue(document.body().contains("one of PactGraph's own graphs"), document.body());
    }

    @Test
    void loadIsRefusedUnlessAllowed() {
        HttpResponse<String> r = update("alice", "alice-secret", "LOAD <file:///etc/hostname> INTO GRAPH <" + USER_GRAPH + ">");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("--allow-load"), r.body());
    }

    @Test
    void graphStoreWritesNeedAWriterAndAUserGraph() {
        String turtle = "<https://example.org/s> <https://example.org/p> \"via GSP\" .";
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                        + RunningServer.encode(USER_GRAPH)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle));
        assertEquals(401, server.send(put.build()).statusCode());
        int status = server.send(RunningServer.withCredentials(put, "alice", "alice-secret").build()).statusCode();
        assertTrue(status == 200 || status == 201, "PUT answered " + status);
        assertTrue(holds("via GSP"));
        HttpRequest.Builder intoReference = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                        + RunningServer.encode(Iris.REFERENCE_GRAPH)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle));
        assertEquals(403, server.send(RunningServer.withCredentials(intoReference, "alice", "alice-secret").build()).statusCode());
    }

    @Test
    void writesAreNotOfferedToOtherOriginsAndAFormPostFromAnotherSiteIsRefused() {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://client.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type").build();
        HttpResponse<String> r = server.send(preflight);
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
        // What a hostile page's form does: a simple POST, no preflight, the browser adding the remembered credentials.
        HttpRequest.Builder form = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://hostile.example")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + RunningServer.encode(insert(USER_GRAPH, "cross-site"))));
        HttpResponse<String> refused = server.send(RunningServer.withCredentials(form, "alice", "alice-secret").build());
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("other sites are refused"), refused.body());
        assertTrue(!holds("cross-site"));
    }

    @Test
    void readsAreOfferedToOtherOriginsWithoutCredentials() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + RunningServer.encode("ASK {}")))
                .header("Origin", "https://notebook.example").build());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
    }
}
