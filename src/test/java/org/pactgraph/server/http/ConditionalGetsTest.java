package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactgraph.server.RunningServer;

/**
 * What {@link ConditionalGets} and {@link Compression} promise, on a real server over a real
 * store: every document derived from the store and every file of the query page carries a
 * validator and revalidates to an empty 304; a write moves every store document's tag on;
 * redirects, errors and SPARQL results carry none; answers over 1 KB are gzipped for clients
 * that accept it (SPARQL results posted included) and decompress to the plain bytes.
 */
class ConditionalGetsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(
            RunningServer.loopback().withAuthFile(RunningServer.usersFile("alice", "write", "alice-secret"))));

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        try {
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/id/org/nvidia.ttl", "/id/org/nvidia.html", "/id/org/nvidia.jsonld", "/ontology.ttl", "/ontology.html",
        "/.well-known/void", "/context.jsonld", "/dumps/", "/dumps/void.ttl", "/pactgraph/get?default"})
    void aStoreDocumentRevalidatesToAnEmpty304ByTagAndByDate(String path) {
        HttpResponse<byte[]> first = get(path);
        assertEquals(200, first.statusCode(), path);
        String tag = header(first, "ETag");
        assertTrue(tag != null && tag.startsWith("W/\""), path + ": " + first.headers());
        assertTrue(header(first, "Last-Modified") != null, path + ": " + first.headers());
        assertEquals("no-cache", header(first, "Cache-Control"), path);

        HttpResponse<byte[]> again = get(path, "If-None-Match", tag);
        assertEquals(304, again.statusCode(), path);
        assertEquals(0, again.body().length, path);
        assertEquals(tag, header(again, "ETag"), path);
        assertEquals(304, get(path, "If-Modified-Since", header(first, "Last-Modified")).statusCode(), path);
        assertEquals(200, get(path, "If-None-Match", "W/\"another\"").statusCode(), path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/id/org/nvidia.ttl", "/dumps/pactgraph.nt", "/ontology.ttl", "/pactgraph/get?default"})
    void aPreconditionThatFailsIsAnswered412AndOneThatHoldsIsServed(String path) {
        HttpResponse<byte[]> first = get(path);
        String tag = header(first, "ETag");
        for (String[] failing : new String[][] {{"If-Match", "\"another\""}, {"If-Match", tag},
                {"If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"}}) {
            HttpResponse<byte[]> refused = get(path, failing);
            assertEquals(412, refused.statusCode(), path + " " + failing[0] + ": " + failing[1]);
            assertTrue(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("The precondition failed"), path);
        }
        assertEquals(200, get(path, "If-Match", "*").statusCode(), path);
        assertEquals(200, get(path, "If-Unmodified-Since", header(first, "Last-Modified")).statusCode(), path);
        assertEquals(200, get(path, "If-Unmodified-Since", "not a date").statusCode(), path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/page/page.js", "/page/page.css", "/page/catalogue.json", "/favicon.ico", "/favicon.svg"})
    void aFileOfThePageRevalidatesByItsBytes(String path) {
        HttpResponse<byte[]> first = get(path);
        assertEquals(200, first.statusCode(), path);
        String tag = header(first, "ETag");
        assertTrue(tag != null, path + ": " + first.headers());
        assertEquals(tag, header(get(path), "ETag"), "the same bytes, the same tag: " + path);
        HttpResponse<byte[]> again = get(path, "If-None-Match", "W/\"x\", " + tag);
        assertEquals(304, again.statusCode(), path);
        assertEquals(0, again.body().length, path);
        String policy = header(again, "Content-Security-Policy");
        assertTrue(policy == null || policy.equals(header(first, "Content-Security-Policy")),
                "a 304 updates the cached headers: it must not replace the page's own policy: " + path);
    }

    @Test
    void aWriteMovesTheTagOfEveryStoreDocumentOn() {
        String before = header(get("/id/org/nvidia.ttl"), "ETag");
        HttpResponse<String> w = server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <https://w3id.org/pactgraph/graph/user/etag-test> { "
                        + "<https://w3id.org/pactgraph/id/org/nvidia> <http://www.w3.org/2000/01/rdf-schema#comment> \"written\" } }")),
                "alice", "alice-secret").build());
        assertEquals(204, w.statusCode(), w.body());
        HttpResponse<byte[]> after = get("/id/org/nvidia.ttl", "If-None-Match", before);
        assertEquals(200, after.statusCode(), "the old tag no longer matches");
        assertNotEquals(before, header(after, "ETag"));
        assertTrue(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8).contains("written"));
    }

    @Test
    void queriesPostedToTheDatasetOrItsEndpointLeaveTheTagAsItIs() {
        String before = header(get("/id/org/nvidia.ttl"), "ETag");
        for (String path : new String[] {"/pactgraph", "/pactgraph/sparql"}) {
            HttpResponse<String> q = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + RunningServer.encode("ASK {}"))).build());
            assertEquals(200, q.statusCode(), path + ": " + q.body());
        }
        assertEquals(before, header(get("/id/org/nvidia.ttl"), "ETag"));
    }

    @Test
    void redirectsErrorsAndQueryResultsCarryNoValidator() {
        HttpResponse<byte[]> see = get("/id/org/nvidia", "Accept", "text/turtle");
        assertEquals(303, see.statusCode());
        assertEquals(null, header(see, "ETag"));
        HttpResponse<byte[]> missing = get("/id/org/no-such-organisation.ttl");
        assertEquals(404, missing.statusCode());
        assertEquals(null, header(missing, "ETag"));
        HttpResponse<byte[]> results = get("/pactgraph/sparql?query=" + RunningServer.encode("SELECT (NOW() AS ?t) {}"));
        assertEquals(200, results.statusCode());
        assertEquals(null, header(results, "ETag"));
    }

    @Test
    void aSeeOtherWithCorsHeadersVariesOnOriginAsWellAsAccept() {
        HttpResponse<byte[]> see = get("/id/org/nvidia", "Accept", "text/turtle", "Origin", "https://elsewhere.example");
        assertEquals(303, see.statusCode());
        String vary = header(see, "Vary").toLowerCase(java.util.Locale.ROOT);
        assertTrue(vary.contains("origin") && vary.contains("accept"), vary);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/page/page.js", "/id/org/nvidia.nt", "/dumps/pactgraph.nt", "/ontology.ttl", "/.well-known/void"})
    void anAnswerOverOneKilobyteIsGzippedAndDecompressesToThePlainBytes(String path) throws IOException {
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> zipped = get(path, "Accept-Encoding", "gzip");
        assertTrue(plain.body().length > Compression.MIN_BYTES, path);
        assertEquals(null, header(plain, "Content-Encoding"), path);
        assertEquals("gzip", header(zipped, "Content-Encoding"), path);
        assertTrue(header(zipped, "Vary").contains("Accept-Encoding"), path);
        assertTrue(zipped.body().length < plain.body().length / 2, path + ": " + zipped.body().length + " of " + plain.body().length);
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), path);
    }

    @Test
    void postedSparqlResultsAreGzippedAndSmallAnswersAreNot() {
        HttpResponse<String> results = server.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + RunningServer.encode("SELECT * { ?s ?p ?o } LIMIT 200"))).build());
        assertEquals(200, results.statusCode());
        assertEquals("gzip", results.headers().firstValue("Content-Encoding").orElse(null));
        HttpResponse<byte[]> small = get("/favicon.ico", "Accept-Encoding", "gzip");
        assertFalse(small.headers().firstValue("Content-Encoding").isPresent(), "an icon of 574 bytes, an image: left alone");
    }
}
