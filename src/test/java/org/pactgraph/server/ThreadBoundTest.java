package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.capacity.CapacityModule;
import org.pactgraph.server.http.HttpModule;
import org.pactgraph.server.limits.LimitsModule;
import org.pactgraph.server.limits.LoopbackSockets;
import org.pactgraph.server.page.PageModule;

/**
 * The server's thread pool has a most that the modules' bounds leave room under
 * ({@link ThreadHolder}, {@link JettyCapacity#ROOM}): with 64 slow request bodies open from 16
 * addresses, each holding a thread in a body place, {@code /$/ping} answers fast and the pool
 * stays under its most with the room to spare. Round 11's review saw the pool grow from 29 to 69
 * threads under such an attack, under a fixed most of 256 that the bounds' sum passed on a
 * machine of 64 cores.
 */
class ThreadBoundTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void pingAnswersFastAndThePoolStaysUnderItsMostWhile64SlowBodiesAreOpen() throws Exception {
        int[] before = server.threads();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int address = 10; address < 26; address++) {
                for (int i = 0; i < 4; i++) {
                    Socket s = LoopbackSockets.connect("127.0.0." + address, server.baseUrl());
                    s.getOutputStream().write(("POST /pactgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: 100000\r\n\r\nA").getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
            }
            Thread.sleep(1_000); // every body in its place, each holding a thread
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, ping.statusCode());
                assertTrue(millis < 1_000, "ping took " + millis + " ms");
            }
            int[] during = server.threads();
            int held = ((ThreadHolder) new LimitsModule(RunningServer.loopback())).mostThreadsHeld()
                    + ((ThreadHolder) new HttpModule(DatasetGraphFactory.create()).writesAfterTheirBodies()).mostThreadsHeld()
                    + new CapacityModule(CapacityModule.Capacity.forThisMachine()).mostThreadsHeld()
                    + new PageModule(Path.of("queries")).mostThreadsHeld();
            assertEquals(JettyCapacity.maxThreads(held), during[1], "the most: the bodies' places, the writes' line, the gate's and the page files', and the room");
            assertTrue(during[0] >= before[0] + 32, "the slow bodies hold threads: " + before[0] + " before, " + during[0] + " during");
            assertTrue(during[0] <= during[1] - JettyCapacity.ROOM, during[0] + " threads of at most " + during[1]
                    + ": the bodies' 64 are within the limits' share, the room left whole");
        } finally {
            for (Socket s : slow) s.close();
        }
    }
}
