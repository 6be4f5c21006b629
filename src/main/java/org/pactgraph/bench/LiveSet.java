package org.pactgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The soak server's live set: the heap in use right after a full collection, read in the server
 * process itself. Resident memory, committed heap and even the old generation after its last
 * collection include garbage that no collection has yet taken; the live set is what survives,
 * so a leak shows there first. A full collection stops the server and gives heap back, so it is
 * made only when the soak asks, at a few of its sampling points: the soak writes a number to a
 * request file beside the server's memory file, the server collects ({@link System#gc()}, a full
 * stop-the-world collection with G1 unless {@code -XX:+ExplicitGCInvokesConcurrent}), reads its
 * heap in use and writes the number back with it. This is for the benchmark only:
 * {@code pactgraph serve} never collects on request.
 */
final class LiveSet {
    /** No reading: not asked at that sample, or the server did not answer. */
    static final long NOT_MEASURED = -1;
    private static final Duration POLL = Duration.ofMillis(100);

    private LiveSet() {}

    private static Path request(Path memoryFile) {
        return memoryFile.resolveSibling(memoryFile.getFileName() + ".live-request");
    }

    private static Path answer(Path memoryFile) {
        return memoryFile.resolveSibling(memoryFile.getFileName() + ".live");
    }

    /** In the server: answers every request written beside the memory file, from a daemon thread, until the process ends. */
    static void answerRequests(Path memoryFile) {
        Path request = request(memoryFile);
        Path answer = answer(memoryFile);
        Thread.ofPlatform().daemon().name("live-set").start(() -> {
            while (true) {
                try {
                    if (Files.exists(request)) {
                        String asked = Files.readString(request).strip();
                        Files.deleteIfExists(request);
                        System.gc();
                        long usedKb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 10;
                        replace(answer, asked + " " + usedKb);
                    }
                    Thread.sleep(POLL.toMillis());
                } catch (IOException e) {
                    // Asked again at the next sample.
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** In the soak: asks the server for its live set, in kB, waiting at most the timeout; {@link #NOT_MEASURED} without an answer. */
    static long ask(Path memoryFile, long number, Duration timeout) {
        try {
            replace(request(memoryFile), Long.toString(number));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String[] got = Files.exists(answer(memoryFile)) ? Files.readString(answer(memoryFile)).strip().split(" ") : new String[0];
                if (got.length == 2 && got[0].equals(Long.toString(number))) return Long.parseLong(got[1]);
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException | NumberFormatException e) {
            return NOT_MEASURED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return NOT_MEASURED;
    }

    /** Writes the file whole, so that its reader never sees half of it. */
    private static void replace(Path file, String text) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, text);
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
