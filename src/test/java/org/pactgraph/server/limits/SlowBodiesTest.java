package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.RunningServer;

/**
 * Request bodies sent slowly over real sockets: one that keeps trickling is answered 408 at its
 * deadline, and one client address may send only a few bodies at once.
 */
class SlowBodiesTest {
    private static final String HEAD = "POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            + "Content-Length: 1000000\r\n\r\n";
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
    void aBodyStillTricklingAtItsDeadlineIsAnswered408WithTheReason() throws Exception {
        long start = System.nanoTime();
        try (Socket s = connect("127.0.0.4")) {
            s.getOutputStream().write(HEAD.getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            while (in.available() == 0 && System.nanoTime() - start < 30_000_000_000L) {
                s.getOutputStream().write("SSSSSSSSSSSSSSSSSSSS".getBytes(StandardCharsets.US_ASCII)); // 40 B/s
                Thread.sleep(500);
            }
            String answer = new String(in.readNBytes(in.available()), StandardCharsets.ISO_8859_1);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("did not arrive within " + LimitsModule.BODY_DEADLINE.toSeconds() + " s"), answer);
            assertTrue(seconds <= LimitsModule.BODY_DEADLINE.toSeconds() + 2, "answered after " + seconds + " s");
        }
    }

    @Test
    void aClientAlreadySendingItsShareOfBodiesIsAnswered503AtOnce() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < LimitsModule.BODY_READS_PER_ADDRESS; i++) {
                Socket s = connect("127.0.0.5");
                s.getOutputStream().write((HEAD + "S").getBytes(StandardCharsets.US_ASCII));
                held.add(s);
            }
            Thread.sleep(500);
            long start = System.nanoTime();
            try (Socket s = connect("127.0.0.5")) {
                s.getOutputStream().write((HEAD + "S").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(s.getInputStream().readNBytes(400), StandardCharsets.ISO_8859_1);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(answer.startsWith("HTTP/1.1 503") && answer.contains("Retry-After: 5"), answer);
                assertTrue(millis < 2_000, "answered after " + millis + " ms");
            }
            assertTrue(server.query("ASK {}", "application/sparql-results+json").statusCode() == 200,
                    "another address still gets its queries answered");
        } finally {
            for (Socket s : held) s.close();
        }
    }

    private static Socket connect(String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        URI base = URI.create(server.baseUrl());
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        s.setSoTimeout(10_000);
        return s;
    }
}
