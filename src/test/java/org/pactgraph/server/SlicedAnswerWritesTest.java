package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.limits.LoopbackSockets;

/**
 * An answer that Fuseki hands over in one large write is timed a slice at a time ({@link
 * MinimumAnswerRate}): a client taking it under the rate is cut within one slice's time, and
 * one keeping to the rate gets it whole. Over loopback the kernel's buffers let the idle timeout,
 * not the rate, end slow readers, so a client's taking is played by a handler outside the rate's,
 * which passes each write on only after the time the client would take to read it
 * ({@code X-Test-Takes-Bytes-Per-Second}). Before, the 30 KiB answer's one write was given 30 s,
 * and the slow client was still connected at 15 s.
 */
class SlicedAnswerWritesTest {
    private static final String TAKES = "X-Test-Takes-Bytes-Per-Second";
    private static final int ANSWER_CHARS = 30 * 1024;

    @Test
    void aClientUnderTheRateIsCutWithinASliceAndOneAtTheRateGetsTheWholeAnswer() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.add(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                NodeFactory.createLiteralString("a".repeat(ANSWER_CHARS)));
        try (PactServer server = PactServer.builder(new ServerSettings("127.0.0.1", 0), data).withFusekiConnector()
                .module(new TakenAtARate()).start()) {
            CompletableFuture<String> honest = CompletableFuture.supplyAsync(() -> read(server, 3 * 1024, 25_000));
            long start = System.nanoTime();
            String slow = read(server, 512, 15_000);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(!slow.endsWith(WHOLE) && !slow.endsWith(OPEN) && seconds < 15, "after " + seconds + " s: " + shown(slow));
            String whole = honest.get(30, TimeUnit.SECONDS);
            assertTrue(whole.startsWith("HTTP/1.1 200") && whole.endsWith(WHOLE) && whole.chars().filter(c -> c == 'a').count() >= ANSWER_CHARS,
                    shown(whole));
        }
    }

    /** How a whole answer ends: its JSON, then the server closing the connection (Connection: close, so not chunked). */
    private static final String WHOLE = "}\n[end]";
    private static final String OPEN = "[open]";

    private static String shown(String answer) {
        return answer.length() + " chars: " + answer.replaceAll("a{100,}", "a...");
    }

    /**
     * What the server sent for a query of the long literal, taken at this rate, on a connection
     * it closes after the answer: ending {@code [end]} when it closed, {@code [reset]} when it
     * reset the connection, {@value #OPEN} when it was still open after {@code millis}.
     */
    private static String read(PactServer server, int bytesPerSecond, int millis) {
        String query = URLEncoder.encode("SELECT ?o { ?s ?p ?o }", StandardCharsets.UTF_8);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (Socket s = LoopbackSockets.connect("127.0.0.1", server.baseUrl())) {
            s.getOutputStream().write(("GET " + ServerSettings.DATASET + "/sparql?query=" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: application/sparql-results+json\r\nConnection: close\r\n" + TAKES + ": " + bytesPerSecond + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.setSoTimeout(millis);
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) got.write(buffer, 0, n);
            return got.toString(StandardCharsets.UTF_8) + "[end]";
        } catch (SocketTimeoutException stillOpen) {
            return got.toString(StandardCharsets.UTF_8) + OPEN;
        } catch (SocketException reset) {
            return got.toString(StandardCharsets.UTF_8) + "[reset]";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The server's own answer rate ({@link JettyCapacity#answerRate}), and outside it a handler
     * that passes each write on only after the time a client taking the header's bytes per second
     * would need. Jetty's server takes no new handler once started, and the rate's module is the
     * last before the start on the server's own connector; so the test keeps Fuseki's connector,
     * which comes without the rate, and adds the rate here.
     */
    private static final class TakenAtARate implements FusekiModule {
        @Override
        public String name() {
            return "answers taken at a rate, for the test";
        }

        @Override
        public void serverBeforeStarting(FusekiServer server) {
            JettyCapacity.answerRate().serverBeforeStarting(server);
            var jetty = server.getJettyServer();
            jetty.setHandler(new Handler.Wrapper(jetty.getHandler()) {
                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    String rate = request.getHeaders().get(TAKES);
                    if (rate == null) return super.handle(request, response, callback);
                    long bytesPerSecond = Long.parseLong(rate);
                    return super.handle(request, new Response.Wrapper(request, response) {
                        @Override
                        public void write(boolean last, ByteBuffer content, Callback written) {
                            long millis = content == null ? 0 : content.remaining() * 1000L / bytesPerSecond;
                            request.getComponents().getScheduler().schedule(() -> super.write(last, content, written), millis,
                                    TimeUnit.MILLISECONDS);
                        }
                    }, callback);
                }
            });
        }
    }
}
