package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactgraph.server.RunningServer;

/**
 * What {@link HttpModule} promises: requests Jetty refuses by itself, before any of PactGraph's
 * filters runs, still get PactGraph's short plain answer with the security headers; the
 * documented limit of 8 KiB of URL and headers holds; and Fuseki's stylesheet= and callback=
 * parameters never put the caller's text into an answer.
 */
class HttpModuleTest {
    private static final String HOSTILE = RunningServer.encode("javascript:alert('pwned')</script><script>alert(1)//");
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static String headOf(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    private static String request(String requestLine, String extraHeaders) {
        return requestLine + "\r\nHost: 127.0.0.1\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    }

    private static String pad(int n) {
        return "a".repeat(n);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a URL of 600 KiB | 414",
        "a URL of 9 KiB | 414",
        "a header of 9 KiB | 431",
        "no Host header | 400",
        "a Content-Length that is no number | 400",
        "an HTTP version that does not exist | 505",
    })
    void whatJettyRefusesByItselfCarriesTheSecurityHeadersAndAPlainText(String what, int status) {
        String req = switch (what) {
            case "a URL of 600 KiB" -> request("GET /pactgraph/sparql?query=ASK%7B%7D&pad=" + pad(600 * 1024) + " HTTP/1.1", "");
            case "a URL of 9 KiB" -> request("GET /pactgraph/sparql?query=ASK%7B%7D&pad=" + pad(9 * 1024) + " HTTP/1.1", "");
            case "a header of 9 KiB" -> request("GET / HTTP/1.1", "X-Pad: " + pad(9 * 1024) + "\r\n");
            case "no Host header" -> "GET / HTTP/1.1\r\nConnection: close\r\n\r\n";
            case "a Content-Length that is no number" -> request("POST /pactgraph/sparql HTTP/1.1", "Content-Length: twelve\r\n");
            default -> request("GET / HTTP/7.3", "");
        };
        String answer = server.raw(req);
        String head = headOf(answer).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.startsWith("http/1.1 " + status), what + ": " + head);
        assertTrue(head.contains("x-content-type-options: nosniff"), what + ": " + head);
        assertTrue(head.contains("content-security-policy: default-src 'none'"), what + ": " + head);
        assertTrue(head.contains("content-type: text/plain"), what + ": " + head);
        assertFalse(head.contains("\r\nserver:"), what + ": " + head);
        assertFalse(answer.toLowerCase(java.util.Locale.ROOT).contains("<html"), what + ": " + answer);
    }

    @Test
    void aUrlOfSevenKibIsServedAndOfNineKibIsRefusedWith414SayingWhatToDo() {
        HttpResponse<String> seven = server.get("/pactgraph/sparql?query=ASK%7B%7D&pad=" + pad(7 * 1024), "text/csv");
        assertEquals(200, seven.statusCode(), seven.body());
        HttpResponse<String> nine = server.get("/pactgraph/sparql?query=ASK%7B%7D&pad=" + pad(9 * 1024), "text/csv");
        assertEquals(414, nine.statusCode(), nine.body());
        assertTrue(nine.body().contains("8192 bytes") && nine.body().contains("POST"), nine.body());
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
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D&callback=" + HOSTILE)).build());
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("alert"), r.body());
    }
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /no/such/path, 404",
        "GET, /$/no-such-operation, 404",
        "GET, /page/no-such-file.js, 404",
        "DELETE, /, 405",
        "PUT, /id/org/nvidia, 405",
        "TRACE, /page/page.js, 405",
    })
    void everyErrorOnEveryPathIsPactGraphsOwnTextWithTheSecurityHeaders(String method, String path, int status) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "*/*").build());
        assertEquals(status, r.statusCode(), path);
        assertTrue(r.body().startsWith(status + " "), method + " " + path + ": '" + r.body() + "'");
        assertFalse(r.body().contains("<") || r.body().toLowerCase(java.util.Locale.ROOT).contains("jetty"), r.body());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void aBrowserGetsTheErrorAsAPageOfTheSiteWithItsPolicy() {
        HttpResponse<String> r = server.get("/no/such/path?x=%3Cscript%3E", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
        assertTrue(r.body().contains("<h1 id=\"title\">404 Not Found</h1>") && r.body().contains("href=\"/dumps/\""), r.body());
        assertFalse(r.body().contains("<script"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'; style-src 'sha256-"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
    }

    @Test
    void theFaviconIsAnIconOfItsOwn() throws Exception {
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("image/vnd.microsoft.icon", r.headers().firstValue("Content-Type").orElse(null));
        byte[] b = r.body();
        assertTrue(b.length > 22 && b[0] == 0 && b[1] == 0 && b[2] == 1 && b[3] == 0, "an ICO header");
        assertEquals("PNG", new String(b, 23, 3, java.nio.charset.StandardCharsets.ISO_8859_1), "holding a PNG");
        HttpResponse<String> svg = server.get("/favicon.svg", "*/*");
        assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(null));
        assertTrue(svg.body().startsWith("<svg"), svg.body());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "/pactgraph/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201 | */*;q=0",
        "/pactgraph/sparql?query=CONSTRUCT%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201 | text/turtle;q=0, */*;q=0.0",
        "/id/org/nvidia | */*;q=0",
        "/dumps/pactgraph.nt | application/n-triples;q=0.000",
        "/pactgraph/get?default | */*; q=0",
    })
    void anAcceptHeaderThatAcceptsNothingIsAnswered406(String path, String accept) {
        HttpResponse<String> r = server.get(path, accept);
        assertEquals(406, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("The Accept header accepts nothing"), r.body());
    }

    @Test
    void aRangeOfWeightZeroBesideAnAcceptableOneIsLeftToTheEndpoint() {
        HttpResponse<String> csv = server.get("/pactgraph/sparql?query=ASK%7B%7D", "application/sparql-results+json;q=0, text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
    }
}
