package org.pactgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory as Linux counts it in {@code /proc/PID/status}, split the way
 * that matters for a server: {@code RssAnon} is memory only the process holds (Java heap,
 * direct buffers, metaspace, code cache, thread stacks, malloc), which the kernel can take back
 * only by killing it; {@code RssFile} (with {@code RssShmem}) is pages of mapped files (the JDK's
 * own libraries, TDB2's memory-mapped store files), which the kernel drops and reads again under
 * pressure. All in kB; zeros where there is no {@code /proc} (not Linux) or the process has ended.
 */
public record ProcessMemory(long rssKb, long anonymousKb, long fileBackedKb) {
    static final ProcessMemory NONE = new ProcessMemory(0, 0, 0);

    /** Whether this is a reading, not {@link #NONE}. */
    boolean read() {
        return !equals(NONE);
    }

    /** The process's reading now. */
    static ProcessMemory of(long pid) {
        long rss = 0;
        long anon = 0;
        long file = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) rss = kb(line);
                else if (line.startsWith("RssAnon:")) anon = kb(line);
                else if (line.startsWith("RssFile:") || line.startsWith("RssShmem:")) file += kb(line);
            }
        } catch (IOException | NumberFormatException e) {
            return NONE;
        }
        return new ProcessMemory(rss, anon, file);
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
