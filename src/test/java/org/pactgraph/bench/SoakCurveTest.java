package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The soak's curve line: resident memory's slope fitted by least squares in MB per minute, from
 * minute 1 and over the second half, and the ping latencies' median, 99th percentile, maximum and
 * failures, each computed from the samples and probes given.
 */
class SoakCurveTest {
    @Test
    void theSlopeIsFittedToTheSamplesInMegabytesPerMinute() {
        // 100 MB, rising 3 MB a minute after the first minute, sampled every 10 s for 10 minutes.
        List<SoakBenchmark.Sample> samples = LongStream.rangeClosed(0, 60).mapToObj(i -> i * 10)
                .map(s -> sample(s, s < 60 ? 100 : 100 + 3 * (s - 60) / 60.0)).toList();
        assertEquals("+3.0", SoakReport.slope(samples, 60));
        assertEquals("+3.0", SoakReport.slope(samples, 300));
        assertEquals("n/a", SoakReport.slope(samples, 10_000));
    }

    @Test
    void pingFiguresCountFailuresApartFromLatencies() {
        SoakBenchmark.Run run = new SoakBenchmark.Run("pactgraph", "wrk", 10, 0, 600, List.of(sample(0, 400), sample(600, 410)),
                List.of(5L, 7L, 6L, PingProbe.FAILED, 900L));
        StringWriter out = new StringWriter();
        SoakReport.print(new PrintWriter(out), List.of(run));
        String line = out.toString().lines().filter(l -> l.startsWith("  PactGraph")).reduce((a, b) -> b).orElseThrow();
        assertTrue(line.matches(".* 400 +410 +n/a +n/a +n/a +n/a +5 +6 +900 +900 +1"), "no live set read: " + line);
    }

    @Test
    void theLiveSetIsReportedFromItsFirstAndLastReading() {
        ProcessMemory rss = new ProcessMemory(400 * 1024, 399 * 1024, 1024);
        SoakBenchmark.Run run = new SoakBenchmark.Run("pactgraph", "wrk", 10, 0, 120, List.of(
                new SoakBenchmark.Sample(0, rss, JvmMemory.NONE, 20 * 1024), sample(10, 400),
                new SoakBenchmark.Sample(60, rss, JvmMemory.NONE, 25 * 1024), new SoakBenchmark.Sample(120, rss, JvmMemory.NONE, 24 * 1024)));
        StringWriter out = new StringWriter();
        SoakReport.print(new PrintWriter(out), List.of(run));
        String line = out.toString().lines().filter(l -> l.startsWith("  PactGraph")).reduce((a, b) -> b).orElseThrow();
        assertTrue(line.matches(".* 400 +400 +[-+n/a0-9.]+ +[-+n/a0-9.]+ +20 +24 +0 .*"), line);
    }

    private static SoakBenchmark.Sample sample(long seconds, double mb) {
        return new SoakBenchmark.Sample(seconds, new ProcessMemory((long) (mb * 1024), (long) (mb * 1024) - 1024, 1024), JvmMemory.NONE);
    }
}
