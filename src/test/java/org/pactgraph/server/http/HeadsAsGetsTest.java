package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * A HEAD's answer is its GET's head (RFC 9110 9.3.2) on every kind of path the server answers: the
 * same status, type and coding, and a {@code Content-Length} only when it is the GET's. Fails
 * without {@link HeadsAsGets}: the Graph Store read and {@code /$/ping} said {@code Content-Length: 0},
 * a HEAD of a query was 405 where its GET was 200; and without HEAD among the gzip handler's
 * methods, a HEAD with {@code Accept-Encoding: gzip} gave the plain length and no coding.
 */
class HeadsAsGetsTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static final List<String> PATHS = List.of(
            "/", "/page/yasqe/yasqe.min.js", "/favicon.ico",
            "/pactgraph/get?graph=https://w3id.org/pactgraph/graph/ontology", "/pactgraph/get?default",
            "/pactgraph/sparql", "/pactgraph/sparql?query=ASK%7B%7D", "/pactgraph-asserted/sparql?query=ASK%7B%7D",
            "/id/org/nvidia", "/id/org/nvidia.ttl", "/id/org/nvidia.html", "/dumps/", "/context.jsonld", "/ontology.html",
            "/search?q=keio", "/reconcile", "/review", "/$/ping", "/nowhere");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> ask(String method, String path, String acceptEncoding) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) r.header("Accept-Encoding", acceptEncoding);
        try {
            return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("-");
    }

    @Test
    void aHeadSaysWhatItsGetSendsOnEveryKindOfPath() {
        List<String> wrong = new ArrayList<>();
        for (String coding : new String[] {null, "gzip"}) {
            for (String path : PATHS) {
                HttpResponse<byte[]> get = ask("GET", path, coding);
                HttpResponse<byte[]> head = ask("HEAD", path, coding);
                String got = head.statusCode() + " " + header(head, "Content-Type") + " " + header(head, "Content-Encoding");
                String expected = get.statusCode() + " " + header(get, "Content-Type") + " " + header(get, "Content-Encoding");
                String length = header(head, "Content-Length");
                if (!got.equals(expected) || !(length.equals("-") || length.equals(Integer.toString(get.body().length)))) {
                    wrong.add(path + " (" + coding + "): HEAD " + got + ", length " + length + "; GET " + expected + ", "
                            + get.body().length + " bytes");
                }
                assertEquals(0, head.body().length, "a HEAD has no body: " + path);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
