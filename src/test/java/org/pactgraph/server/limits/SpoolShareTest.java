package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * One client's share of the spool ({@link SpoolSpace#shareOf}) is never smaller than one body of
 * the largest size when the limit holds one: with {@code --spool-bytes} at 64 MiB, a quarter is
 * 16 MiB, and before, one writer's upload of 17 MiB was refused 503 past its share although the
 * limit held it four times over and nothing else was on disk.
 */
class SpoolShareTest {
    /** The smallest limit that holds one body of the largest size. */
    private static final long LIMIT = RequestSizeLimit.MAX_RDF_BYTES;
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(RunningServer.loopback()
            .withSpoolBytes(LIMIT).withAuthFile(RunningServer.usersFile(RunningServer.WRITER, "write", RunningServer.WRITER_PASSWORD))));

    @Test
    void aLimitThatHoldsABodyOfTheLargestSizeTakesOneFromOneClient() throws Exception {
        byte[] body = SpoolSpaceTest.turtle((int) (LIMIT / SpoolSpace.CLIENT_SHARE + SpooledBody.IN_MEMORY_BYTES + 1024 * 1024));
        String answer;
        try (Socket s = LoopbackSockets.connect("127.0.0.95", server.baseUrl())) {
            s.getOutputStream().write(SpoolSpaceTest.put("past-a-quarter", body.length));
            s.getOutputStream().write(body);
            answer = LoopbackSockets.answerWithin(s, 20_000);
        }
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        SpoolSpaceTest.waitForSpooled(0);
        assertEquals(SpoolSpace.LARGEST_BODY_ON_DISK, SpoolSpace.shareOf(LIMIT));
    }
}
