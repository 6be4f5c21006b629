package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak server's memory reading reaches the soak as it was taken, and a file that is not one reads as no reading. */
class JvmMemoryTest {
    @Test
    void aReadingWrittenToItsFileReadsBackTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("memory.txt");
        JvmMemory.writeEvery(file, Duration.ofSeconds(60));
        for (int i = 0; i < 200 && !Files.exists(file); i++) Thread.sleep(10);
        JvmMemory read = JvmMemory.read(file);
        assertEquals(JvmMemory.parse(read.line()), read);
        // This JVM has a committed heap holding its old generation, and classes and compiled code outside it.
        assertTrue(read.heapCommittedKb() > 0 && read.oldGenKb() <= read.heapCommittedKb() && read.nonHeapCommittedKb() > 0, read.toString());
    }

    @Test
    void anythingButSixNumbersIsNoReading(@TempDir Path dir) throws Exception {
        assertEquals(JvmMemory.NONE, JvmMemory.parse("1 2 3 4 5"));
        assertEquals(JvmMemory.NONE, JvmMemory.parse("1 2 3 4 5 x"));
        assertEquals(JvmMemory.NONE, JvmMemory.read(dir.resolve("absent.txt")));
        Files.writeString(dir.resolve("partial.txt"), "");
        assertEquals(JvmMemory.NONE, JvmMemory.read(dir.resolve("partial.txt")));
    }
}
