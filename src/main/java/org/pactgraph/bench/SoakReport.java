package org.pactgraph.bench;

import java.io.PrintWriter;
import java.util.List;

/**
 * The soak's tables: per server, what it answered and its resident memory; then where the
 * resident memory was at the end of the load, so that a reader can tell memory the kernel can
 * reclaim (file-backed pages) from memory the process holds (anonymous), and within the
 * latter the heap G1 committed from the old generation's garbage and its live data
 * ({@link JvmMemory}).
 */
public final class SoakReport {
    private SoakReport() {}

    public static void print(PrintWriter out, List<SoakBenchmark.Run> runs) {
        out.printf("  %-42s %-16s %10s %10s %9s %12s %12s%n", "server", "load from", "answers", "answers/s", "failures", "max RSS MB", "end RSS MB");
        for (SoakBenchmark.Run r : runs) {
            out.printf("  %-42s %-16s %,10d %10.1f %,9d %12s %12s%n", name(r), r.driver(), r.answers(), r.answersPerSecond(), r.failures(),
                    mb(r.maxRssKb(), r.maxRssKb() > 0), mb(r.lastRssKb(), r.lastRssKb() > 0));
        }
        out.println("At the end of the load, MB: resident = anonymous + file-backed; the JVM's part of the anonymous memory");
        out.printf("  %-42s %7s %10s %12s %15s %8s %16s %7s %9s %13s%n", "server", "RSS", "anonymous", "file-backed", "heap committed",
                "old gen", "old at last GC", "direct", "non-heap", "mapped files");
        for (SoakBenchmark.Run r : runs) {
            ProcessMemory p = r.last().process();
            JvmMemory j = r.last().jvm();
            boolean pRead = p.read();
            boolean jRead = j.read();
            out.printf("  %-42s %7s %10s %12s %15s %8s %16s %7s %9s %13s%n", name(r), mb(p.rssKb(), pRead), mb(p.anonymousKb(), pRead),
                    mb(p.fileBackedKb(), pRead), mb(j.heapCommittedKb(), jRead), mb(j.oldGenKb(), jRead), mb(j.oldGenAfterCollectionKb(), jRead),
                    mb(j.directKb(), jRead), mb(j.nonHeapCommittedKb(), jRead), mb(j.mappedKb(), jRead));
        }
        if (runs.stream().anyMatch(r -> !r.last().process().read() || !r.last().jvm().read())) {
            out.println("  n/a: no reading (no /proc on this system, the server had ended, or its JVM did not answer)");
        }
        out.flush();
    }

    /** Megabytes with thousands separators, or n/a where nothing was read (a reading of zero is no reading). */
    static String mb(long kb, boolean read) {
        return read ? String.format("%,d", kb >> 10) : "n/a";
    }

    private static String name(SoakBenchmark.Run r) {
        return r.server().equals("fuseki") ? "Fuseki's connector and buffer pool (before)" : "PactGraph (pooled output buffers)";
    }
}
