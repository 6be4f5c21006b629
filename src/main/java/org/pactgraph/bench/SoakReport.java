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
            out.printf("  %-42s %-16s %,10d %10.1f %,9d %,12d %,12d%n", name(r), r.driver(), r.answers(), r.answersPerSecond(), r.failures(),
                    r.maxRssKb() >> 10, r.lastRssKb() >> 10);
        }
        out.println("At the end of the load, MB: resident = anonymous + file-backed; the JVM's part of the anonymous memory");
        out.printf("  %-42s %7s %10s %12s %15s %8s %16s %7s %9s %13s%n", "server", "RSS", "anonymous", "file-backed", "heap committed",
                "old gen", "old at last GC", "direct", "non-heap", "mapped files");
        for (SoakBenchmark.Run r : runs) {
            ProcessMemory p = r.last().process();
            JvmMemory j = r.last().jvm();
            out.printf("  %-42s %,7d %,10d %,12d %,15d %,8d %,16d %,7d %,9d %,13d%n", name(r), p.rssKb() >> 10, p.anonymousKb() >> 10,
                    p.fileBackedKb() >> 10, j.heapCommittedKb() >> 10, j.oldGenKb() >> 10, j.oldGenAfterCollectionKb() >> 10,
                    j.directKb() >> 10, j.nonHeapCommittedKb() >> 10, j.mappedKb() >> 10);
        }
        out.flush();
    }

    private static String name(SoakBenchmark.Run r) {
        return r.server().equals("fuseki") ? "Fuseki's connector and buffer pool (before)" : "PactGraph (pooled output buffers)";
    }
}
