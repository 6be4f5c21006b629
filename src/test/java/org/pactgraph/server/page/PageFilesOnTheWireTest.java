package org.pactgraph.server.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.http.FairPlaces;
import org.pactgraph.server.limits.LoopbackSockets;

/**
 * The query page's files over HTTP: read once and gzipped once, so a client that accepts gzip
 * gets the stored gzip bytes (one layer, the server's gzip handler leaving them alone), a
 * client that does not gets the file's own bytes, each variant with its own tag and
 * {@code Vary: Accept-Encoding}; and past {@link PageFiles#MOST_AT_ONCE} answers being sent,
 * a file takes the place of an answer another client left unread, or is refused at once with 503.
 */
class PageFilesOnTheWireTest {
    private static final String EDITOR = "/page/yasqe/yasqe.min.js";
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static HttpResponse<byte[]> get(String path, String... headers) {
        return server.bytes(path, headers);
    }

    private static byte[] inTheJar(String path) throws IOException {
        try (InputStream in = PageFiles.class.getResourceAsStream(PageFiles.ROOT + path.substring("/page/".length()))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void aClientThatAcceptsGzipGetsTheStoredGzipBytesWhichDecompressToTheFile() throws IOException {
        HttpResponse<byte[]> first = get(EDITOR, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> second = get(EDITOR, "Accept-Encoding", "gzip, deflate");
        assertEquals(200, first.statusCode());
        assertEquals("gzip", header(first, "Content-Encoding"));
        assertTrue(header(first, "Vary").contains("Accept-Encoding"), header(first, "Vary"));
        assertEquals(Long.toString(first.body().length), header(first, "Content-Length"), "the stored copy's length, not chunked");
        assertArrayEquals(inTheJar(EDITOR), gunzip(first.body()), "one layer of gzip over the file's own bytes");
        assertArrayEquals(first.body(), second.body(), "the same stored bytes every time");
        assertEquals(header(first, "ETag"), header(second, "ETag"));
    }

    @Test
    void aClientWithoutGzipGetsTheFileItself() throws IOException {
        for (String[] headers : List.of(new String[0], new String[] {"Accept-Encoding", "gzip;q=0, identity"},
                new String[] {"Accept-Encoding", "br"})) {
            HttpResponse<byte[]> plain = get(EDITOR, headers);
            assertEquals(200, plain.statusCode());
            assertNull(header(plain, "Content-Encoding"), String.join(": ", headers));
            assertTrue(header(plain, "Vary").contains("Accept-Encoding"), header(plain, "Vary"));
            assertArrayEquals(inTheJar(EDITOR), plain.body(), String.join(": ", headers));
        }
    }

    @Test
    void eachVariantRevalidatesByItsOwnTag() {
        String gzipTag = header(get(EDITOR, "Accept-Encoding", "gzip"), "ETag");
        String plainTag = header(get(EDITOR), "ETag");
        assertNotEquals(gzipTag, plainTag, "the gzipped and plain answers never share a tag");
        assertEquals(304, get(EDITOR, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode());
        assertEquals(304, get(EDITOR, "If-None-Match", plainTag).statusCode());
        HttpResponse<byte[]> other = get(EDITOR, "Accept-Encoding", "gzip", "If-None-Match", plainTag);
        assertEquals(200, other.statusCode(), "a plain copy does not stand for the gzipped answer");
        assertEquals("gzip", header(other, "Content-Encoding"));
    }

    @Test
    void pastTheBoundAPageFileIsRefusedAtOnceWhenNoOtherClientHoldsMoreUnreadAnswers() throws Exception {
        List<Socket> holders = new ArrayList<>();
        try {
            // Sixteen clients hold one place each, unread: the next answer for one of them has nobody's place to take.
            for (int i = 0; i < PageFiles.MOST_AT_ONCE; i++) holders.add(holdingTheEditor("127.0.0." + (2 + i)));
            Thread.sleep(FairPlaces.CUT_AFTER.toMillis() + 500);
            String refused = "";
            for (int i = 0; i < 100 && !refused.startsWith("HTTP/1.1 503"); i++) {
                Thread.sleep(50);
                try (Socket s = LoopbackSockets.connect("127.0.0.2", server.baseUrl())) {
                    s.getOutputStream().write(("GET " + EDITOR + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    refused = LoopbackSockets.answerWithin(s, 5_000);
                }
            }
            assertTrue(refused.startsWith("HTTP/1.1 503"), refused.lines().findFirst().orElse(""));
            assertTrue(refused.contains("\r\nRetry-After: 2\r\n"), refused);
            String line = refused.substring(refused.indexOf("\r\n\r\n") + 4);
            assertTrue(line.startsWith("The server is busy: 16 answers of the query page's files") && line.lines().count() == 1, line);
            assertEquals(200, get("/$/ping").statusCode(), "the refusal leaves threads for health checks");
        } finally {
            for (Socket s : holders) s.close();
        }
        HttpResponse<byte[]> after = untilStatus(200, () -> get(EDITOR, "Accept-Encoding", "gzip"));
        assertEquals(200, after.statusCode(), "closed connections give their places back");
    }

    /**
     * Fails without the fair share (round 14's open item): three addresses pipelining the editor
     * held all 16 places between them (6, 6 and 4), and a new address loading the page was refused
     * its files with 503 until their connections timed out. Now each of its files takes the place
     * of an answer left unread for a second, whose connection is ended.
     */
    @Test
    void aNewAddressGetsThePagesFilesWhileThreeOthersHoldEveryPlace() throws Exception {
        List<Socket> holders = new ArrayList<>();
        try {
            for (int i = 0; i < PageFiles.MOST_AT_ONCE; i++) {
                holders.add(holdingTheEditor("127.0.0." + (6 + i / PageFiles.MOST_PER_CLIENT)));
            }
            Thread.sleep(FairPlaces.CUT_AFTER.toMillis() + 500);
            HttpResponse<byte[]> pageAnswer = get("/");
            String page = new String(pageAnswer.body(), StandardCharsets.UTF_8);
            assertEquals(200, pageAnswer.statusCode(), page);
            List<String> files = Pattern.compile("(?:src|href)=\"(/page/[^\"]+)\"").matcher(page).results()
                    .map(m -> m.group(1)).toList();
            assertTrue(files.size() >= 10 && files.contains(EDITOR), files.toString());
            // As a browser asks: up to six at once.
            HttpClient client = HttpClient.newHttpClient();
            List<String> refused = new ArrayList<>();
            for (int from = 0; from < files.size(); from += PageFiles.MOST_PER_CLIENT) {
                List<CompletableFuture<HttpResponse<byte[]>>> asked = new ArrayList<>();
                for (String f : files.subList(from, Math.min(files.size(), from + PageFiles.MOST_PER_CLIENT))) {
                    asked.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + f))
                            .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray()));
                }
                for (var a : asked) {
                    HttpResponse<byte[]> r = a.get(10, TimeUnit.SECONDS);
                    if (r.statusCode() != 200) refused.add(r.uri().getPath() + " " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
                }
            }
            assertTrue(refused.isEmpty(), String.join("\n", refused));
        } finally {
            for (Socket s : holders) s.close();
        }
    }

    /**
     * Fails without the share per client: the 16 connections of one address took every place, and
     * another client's page was refused its editor script with 503.
     */
    @Test
    void oneClientHoldingManyAnswersLeavesPlacesForOthers() throws Exception {
        List<Socket> holders = new ArrayList<>();
        try {
            for (int i = 0; i < PageFiles.MOST_AT_ONCE; i++) holders.add(holdingTheEditor("127.0.0.5"));
            String request = "GET " + EDITOR + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            String refused = "";
            for (int i = 0; i < 100 && !refused.startsWith("HTTP/1.1 503"); i++) {
                Thread.sleep(50);
                try (Socket s = LoopbackSockets.connect("127.0.0.5", server.baseUrl())) {
                    s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                    refused = LoopbackSockets.answerWithin(s, 5_000);
                }
            }
            assertTrue(refused.startsWith("HTTP/1.1 503"), refused.lines().findFirst().orElse(""));
            assertTrue(refused.contains("\r\n\r\nThe server is busy: this client is already sent 6 answers of the query page's files"), refused);
            HttpResponse<byte[]> other = get(EDITOR);
            assertEquals(200, other.statusCode(), new String(other.body(), StandardCharsets.UTF_8));
            assertArrayEquals(inTheJar(EDITOR), other.body());
        } finally {
            for (Socket s : holders) s.close();
        }
    }

    /** A connection from this address that pipelines more of the plain editor than the socket buffers hold and reads nothing: its answer's write blocks. */
    private static Socket holdingTheEditor(String from) throws IOException {
        String twenty = ("GET " + EDITOR + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").repeat(20);
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        URI base = URI.create(server.baseUrl());
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()));
        s.getOutputStream().write(twenty.getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    /** The answer, asked again every 50 ms for up to 5 s until it has this status. */
    private static HttpResponse<byte[]> untilStatus(int status, Supplier<HttpResponse<byte[]>> ask) throws InterruptedException {
        HttpResponse<byte[]> answer = ask.get();
        for (int i = 0; i < 100 && answer.statusCode() != status; i++) {
            Thread.sleep(50);
            answer = ask.get();
        }
        return answer;
    }
}
