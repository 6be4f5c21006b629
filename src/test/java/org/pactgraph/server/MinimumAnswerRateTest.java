package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.server.http.HttpModule;
import org.pactgraph.server.limits.LimitsModule;
import org.pactgraph.server.limits.LoopbackSockets;
import org.pactgraph.server.reconcile.ReconcileModule;

/**
 * A small answer leaves whole however long the thread writing it is paused ({@link
 * MinimumAnswerRate}). Before, with Jetty's {@code MinimumDataRateHandler}, the first answer of a
 * fresh server was given n / 1024 s for its n bytes (3 ms for {@code { }}); past that its write
 * was failed while it went on, and its client got a head and no body: {@code Content-Length: 0} here,
 * {@code Content-Length: 3} then nothing for the idle timeout in a CI run of
 * {@code ReconciliationCostTest}, and 33 of 60 fresh servers' first answers broken with four busy
 * loops on the machine's two cores.
 */
class MinimumAnswerRateTest {
    /** Longer than any rate gives 3 bytes, as a thread of a busy machine may be paused before its write reaches the connection. */
    private static final Duration PAUSE = Duration.ofMillis(50);

    @Test
    void aFreshServersFirstSmallAnswerLeavesWholeThoughItsWriteIsPaused() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        ServerSettings settings = new ServerSettings("127.0.0.1", 0).withBodyDeadline(Duration.ofSeconds(2));
        try (PactServer server = PactServer.builder(settings, data).module(new LimitsModule(settings))
                .module(new ReconcileModule(data, new LiveEntityIndex(data))).module(new PausedWrites()).start()) {
            for (int i = 0; i < 2; i++) {
                try (Socket s = LoopbackSockets.connect("127.0.0.1", server.baseUrl())) {
                    s.getOutputStream().write(("POST " + ReconcileModule.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\nqueries={}")
                            .getBytes(StandardCharsets.US_ASCII));
                    String answer = LoopbackSockets.answerWithin(s, 5_000);
                    assertTrue(answer.startsWith("HTTP/1.1 200") && answer.contains("Content-Length: 3"), answer);
                    assertEquals("{ }", answer.substring(answer.indexOf("\r\n\r\n") + 4), "the body of answer " + (i + 1));
                }
            }
        }
    }

    /** Outside the gzip handler, so that the rate times the compressed bytes the client reads; inside it, it timed the plain ones. */
    @Test
    void theRateTimesTheCompressedBytesOfAGzippedAnswer() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        ServerSettings settings = new ServerSettings("127.0.0.1", 0);
        try (PactServer server = PactServer.builder(settings, data).module(new HttpModule(data)).start();
             Socket s = LoopbackSockets.connect("127.0.0.1", server.baseUrl())) {
            String query = URLEncoder.encode("SELECT ?x { VALUES ?x { \"" + "a".repeat(4000) + "\" } }", StandardCharsets.UTF_8);
            s.getOutputStream().write(("GET " + ServerSettings.DATASET + "/sparql?query=" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept-Encoding: gzip\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = LoopbackSockets.answerWithin(s, 5_000);
            assertTrue(answer.startsWith("HTTP/1.1 200") && answer.contains("Content-Encoding: gzip"), answer.lines().findFirst().orElse(""));
            assertInstanceOf(MinimumAnswerRate.class, server.outermostHandler());
        }
    }

    @Test
    void aWriteIsGivenItsBytesAtTheRateAndNeverLessThanTheLeast() {
        MinimumAnswerRate rate = new MinimumAnswerRate(null, 1024, Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(10).toNanos(), rate.allowedNanos(3));
        assertEquals(Duration.ofSeconds(64).toNanos(), rate.allowedNanos(64 * 1024));
    }

    /** Pauses every write of an answer before it goes on towards the connection, outside the server's own handlers. */
    private static final class PausedWrites implements FusekiModule {
        @Override
        public String name() {
            return "writes paused for the test";
        }

        @Override
        public void serverBeforeStarting(FusekiServer server) {
            var jetty = server.getJettyServer();
            jetty.setHandler(new Handler.Wrapper(jetty.getHandler()) {
                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    return super.handle(request, new Response.Wrapper(request, response) {
                        @Override
                        public void write(boolean last, ByteBuffer content, Callback written) {
                            try {
                                Thread.sleep(PAUSE.toMillis());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            super.write(last, content, written);
                        }
                    }, callback);
                }
            });
        }
    }
}
