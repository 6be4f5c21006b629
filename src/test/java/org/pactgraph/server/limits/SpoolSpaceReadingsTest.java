package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The spool's free space is read once per {@link SpoolSpace#REREAD_BYTES} taken or
 * {@link SpoolSpace#REREAD_AFTER}, not for every read of a body, and a disk filled by another
 * process is still seen within either: the next bytes are refused ({@link SpoolSpace.Full}, which
 * the server answers 503). {@code SpoolSpaceTest} has the limit over real HTTP.
 */
class SpoolSpaceReadingsTest {
    private static final long MIB = 1024 * 1024;
    private static final String CLIENT = "127.0.0.1";
    private final AtomicLong free = new AtomicLong(64 * MIB);
    private final AtomicInteger readings = new AtomicInteger();
    private final LongSupplier disk = () -> {
        readings.incrementAndGet();
        return free.get();
    };

    @Test
    void aDiskFilledByAnotherProcessIsSeenWithinTheBytesOfOneReading() throws Exception {
        SpoolSpace space = new SpoolSpace(1L << 30, disk, SpoolSpace.REREAD_BYTES, java.time.Duration.ofHours(1));
        space.take(CLIENT, MIB);
        space.take(CLIENT, 1); // read again: a mebibyte was taken since
        free.set(0); // another process fills the disk: the bodies' mebibyte is all there is, and they keep to half of it
        long takenAfter = 0;
        try {
            for (; takenAfter <= SpoolSpace.REREAD_BYTES; takenAfter++) space.take(CLIENT, 1);
        } catch (SpoolSpace.Full refused) {
            assertTrue(refused.getMessage().contains("half the temporary folder's free space"), refused.getMessage());
        }
        assertTrue(takenAfter < SpoolSpace.REREAD_BYTES, "bytes taken after the disk was filled: " + takenAfter);
    }

    /** A body's reads are up to 16 KiB: one that would pass the bytes of a reading reads again first. Before, 80 KiB went in. */
    @Test
    void aReadThatWouldPassTheBytesOfAReadingReadsTheSpaceAgainFirst() throws Exception {
        SpoolSpace space = new SpoolSpace(1L << 30, disk, SpoolSpace.REREAD_BYTES, java.time.Duration.ofHours(1));
        space.take(CLIENT, MIB);
        space.take(CLIENT, 1); // read again
        free.set(0);
        space.take(CLIENT, SpoolSpace.REREAD_BYTES - 2); // one byte short of the reading's bytes
        assertThrows(SpoolSpace.Full.class, () -> space.take(CLIENT, 16 * 1024));
    }

    @Test
    void aDiskFilledByAnotherProcessIsSeenWithinTheTimeOfOneReading() throws Exception {
        SpoolSpace space = new SpoolSpace(1L << 30, disk, SpoolSpace.REREAD_BYTES, SpoolSpace.REREAD_AFTER);
        space.take(CLIENT, MIB);
        space.take(CLIENT, 1);
        free.set(0);
        Thread.sleep(SpoolSpace.REREAD_AFTER.toMillis() + 10);
        assertThrows(SpoolSpace.Full.class, () -> space.take(CLIENT, 1));
    }

    @Test
    void bytesTakenOneByOneReadTheFreeSpaceOncePerRereadBytes() throws Exception {
        SpoolSpace space = new SpoolSpace(1L << 30, disk, SpoolSpace.REREAD_BYTES, java.time.Duration.ofHours(1));
        long bytes = 16 * SpoolSpace.REREAD_BYTES;
        for (long i = 0; i < bytes; i++) space.take(CLIENT, 1);
        assertTrue(readings.get() <= bytes / SpoolSpace.REREAD_BYTES + 1, readings.get() + " readings for " + bytes + " takes");
    }
}
