package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.limits.LoopbackSockets;

/**
 * A burst of connections arriving while the acceptor cannot take them waits in the kernel's
 * listen backlog ({@link JettyCapacity#ACCEPT_QUEUE}) and is served once it can. The acceptor is
 * paused here, as a fresh server's acceptor waits for a core on a busy machine. Before, the
 * backlog was Java's default of 50: of 200 connections opened at once 52 connected, the other
 * 148 had their SYNs dropped and had not connected within 2 s (the kernel's first retry is at 1 s).
 */
class ListenBacklogTest {
    private static final int BURST = 120;

    @Test
    void aBurstOfConnectionsWhileTheAcceptorIsBusyIsServedOnceItAccepts() throws Exception {
        PausedAcceptors acceptors = new PausedAcceptors();
        try (PactServer server = PactServer.builder(new ServerSettings("127.0.0.1", 0), DatasetGraphFactory.createTxnMem())
                .module(acceptors).start();
             ExecutorService connecting = Executors.newVirtualThreadPerTaskExecutor()) {
            acceptors.accepting(false);
            URI base = URI.create(server.baseUrl());
            List<Future<Socket>> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) burst.add(connecting.submit(() -> connect(base)));
            List<Socket> connected = new ArrayList<>();
            int failed = 0;
            for (Future<Socket> f : burst) {
                try {
                    connected.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                }
            }
            acceptors.accepting(true);
            try {
                assertEquals(0, failed, failed + " of " + BURST + " connections not made within 2 s");
                int pinged = 0;
                String first = null;
                for (Socket s : connected) {
                    s.getOutputStream().write(("GET " + ServerSettings.DATASET + "/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                for (Socket s : connected) {
                    String answer = LoopbackSockets.answerWithin(s, 5_000);
                    if (answer.startsWith("HTTP/1.1 200")) pinged++;
                    else if (first == null) first = answer;
                }
                assertEquals(BURST, pinged, "connections answered 200 once the acceptor accepts; the first other answer: " + first);
            } finally {
                for (Socket s : connected) s.close();
            }
        }
    }

    private static Socket connect(URI base) {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2_000);
            return s;
        } catch (IOException e) {
            try {
                s.close();
            } catch (IOException ignored) {
                // the connection failed already
            }
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the test stop and restart the server's acceptors: connections then wait in the listen backlog. */
    private static final class PausedAcceptors implements FusekiModule {
        private volatile Server jetty;

        @Override
        public String name() {
            return "acceptors paused by the test";
        }

        @Override
        public void serverAfterStarting(FusekiServer server) {
            jetty = server.getJettyServer();
        }

        void accepting(boolean accepting) {
            for (Connector c : jetty.getConnectors()) ((AbstractConnector) c).setAccepting(accepting);
        }
    }
}
