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
        printCurve(out, runs);
        out.flush();
    }

    /**
     * The resident memory's curve (first sample, end, least-squares slope from minute 1 and over
     * the second half of the load) and the latencies of {@code /$/ping} asked once a second.
     */
    private static void printCurve(PrintWriter out, List<SoakBenchmark.Run> runs) {
        out.println("Resident memory over the load (MB; slopes fitted by least squares, MB/min), the live set (MB: heap in use after"
                + " a full collection, first and last reading), and /$/ping asked once a second (ms)");
        out.printf("  %-42s %8s %8s %12s %12s %10s %9s %7s %7s %7s %7s %7s%n", "server", "first", "end", "slope 1:00-", "second half",
                "live first", "live end", "pings", "median", "p99", "max", "failed");
        for (SoakBenchmark.Run r : runs) {
            List<SoakBenchmark.Sample> samples = r.samples();
            long first = samples.isEmpty() ? 0 : samples.get(0).rssKb();
            List<Long> answered = r.pingMillis().stream().filter(m -> m != PingProbe.FAILED).sorted().toList();
            List<SoakBenchmark.Sample> live = samples.stream().filter(SoakBenchmark.Sample::liveSetMeasured).toList();
            String liveFirst = live.isEmpty() ? "n/a" : mb(live.get(0).liveSetKb(), true);
            String liveEnd = live.isEmpty() ? "n/a" : mb(live.get(live.size() - 1).liveSetKb(), true);
            out.printf("  %-42s %8s %8s %12s %12s %10s %9s %7d %7s %7s %7s %7d%n", name(r), mb(first, first > 0), mb(r.lastRssKb(), r.lastRssKb() > 0),
                    slope(samples, 60), slope(samples, (long) (r.seconds() / 2)), liveFirst, liveEnd, r.pingMillis().size(), percentile(answered, 50),
                    percentile(answered, 99), percentile(answered, 100), r.pingMillis().size() - answered.size());
        }
    }

    /** The least-squares slope of resident memory in MB per minute over the samples from the given second on, or n/a. */
    static String slope(List<SoakBenchmark.Sample> samples, long fromSecond) {
        List<SoakBenchmark.Sample> used = samples.stream().filter(x -> x.seconds() >= fromSecond && x.rssKb() > 0).toList();
        if (used.size() < 3) return "n/a";
        double n = used.size();
        double meanX = used.stream().mapToDouble(x -> x.seconds() / 60.0).sum() / n;
        double meanY = used.stream().mapToDouble(x -> x.rssKb() / 1024.0).sum() / n;
        double num = 0;
        double den = 0;
        for (SoakBenchmark.Sample x : used) {
            double dx = x.seconds() / 60.0 - meanX;
            num += dx * (x.rssKb() / 1024.0 - meanY);
            den += dx * dx;
        }
        return den == 0 ? "n/a" : String.format("%+.1f", num / den);
    }

    /** The nearest-rank percentile of sorted values, or n/a when there are none. */
    static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return "n/a";
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Long.toString(sorted.get(Math.max(0, rank - 1)));
    }

    /** Megabytes with thousands separators, or n/a where nothing was read (a reading of zero is no reading). */
    static String mb(long kb, boolean read) {
        return read ? String.format("%,d", kb >> 10) : "n/a";
    }

    private static String name(SoakBenchmark.Run r) {
        return r.server().equals("fuseki") ? "Fuseki's connector and buffer pool (before)" : "PactGraph (pooled output buffers)";
    }
}
