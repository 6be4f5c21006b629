package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A body all of which has arrived is no slow sender's, however long its reader then takes
 * (Fuseki commits a Graph Store upload after reading it): {@link BodyReads} neither refuses its
 * address's other bodies for it nor cuts it. Before, a small upload whose commit took a second
 * had a rate under the minimum, and every client behind its address was answered 503.
 */
class EndedBodiesTest {
    private static final byte[] SMALL_UPLOAD = "<https://example.org/s> <https://example.org/p> \"o\" .\n".getBytes();

    private static TimedBody small() {
        return new TimedBody(new ByteArrayInputStream(SMALL_UPLOAD), Duration.ofMinutes(1), true, null);
    }

    @Test
    void aBodyStillArrivingSlowlyAfterASecondCountsAsSlow() throws IOException, InterruptedException {
        TimedBody body = small();
        assertEquals(10, body.read(new byte[10], 0, 10));
        Thread.sleep(Math.max(BodyReads.CUT_AFTER.toMillis(), TimedBody.FIRST_CREDIT.toMillis()) + 300);
        long now = System.nanoTime();
        assertTrue(BodyReads.arrivingFor(body, now));
        assertTrue(body.slow(now));
    }

    @Test
    void aBodyReadToItsEndNoLongerCountsHoweverLongItsReaderTakes() throws IOException, InterruptedException {
        TimedBody body = small();
        assertEquals(SMALL_UPLOAD.length, body.readAllBytes().length);
        assertTrue(body.ended());
        Thread.sleep(BodyReads.CUT_AFTER.toMillis() + 100);
        assertFalse(BodyReads.arrivingFor(body, System.nanoTime()));
    }
}
