package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soak benchmark runs end to end for a few seconds on each server process and reports
 * answers, throughput and resident memory from /proc (its figures come from
 * 'pactgraph bench soak', never from a unit test).
 */
class SoakBenchmarkTest {
    @Test
    void theSoakDrivesBothServerProcessesAndSamplesTheirResidentMemory() {
        StringWriter progress = new StringWriter();
        List<SoakBenchmark.Run> runs = new SoakBenchmark().run(Path.of("data"), Path.of("ontology"), Path.of("queries"),
                new SoakBenchmark.Settings(0.05, 4, true), new PrintWriter(progress));
        assertEquals(List.of("pactgraph", "fuseki"), runs.stream().map(SoakBenchmark.Run::server).toList());
        for (SoakBenchmark.Run r : runs) {
            assertTrue(r.answers() > 0 && r.answersPerSecond() > 0 && r.failures() == 0, r.toString());
            assertTrue(r.samples().size() >= 2 && r.maxRssKb() > 50_000 && r.lastRssKb() > 0, r.toString());
            ProcessMemory end = r.last().process();
            // VmRSS is RssAnon + RssFile + RssShmem, each read from the same status file.
            assertEquals(end.rssKb(), end.anonymousKb() + end.fileBackedKb(), r.toString());
            assertTrue(end.anonymousKb() > 0 && end.fileBackedKb() > 0, r.toString());
            JvmMemory jvm = r.last().jvm();
            // The server's own reading: a heap it committed, and the answers' direct buffers, all inside its RSS.
            assertTrue(jvm.heapCommittedKb() > 0 && jvm.directKb() > 0 && jvm.nonHeapCommittedKb() > 0, r.toString());
            assertTrue(jvm.oldGenKb() <= jvm.heapCommittedKb() && jvm.oldGenAfterCollectionKb() <= jvm.heapCommittedKb(), r.toString());
            assertTrue(jvm.directKb() + jvm.nonHeapCommittedKb() < end.anonymousKb(), r.toString());
            // The live set, read by the server after a full collection, at the first sample and at the end: some MB, under the RSS.
            for (SoakBenchmark.Sample sample : List.of(r.samples().get(0), r.last())) {
                assertTrue(sample.liveSetMeasured() && sample.liveSetKb() > 1_000 && sample.liveSetKb() < sample.rssKb(), sample.toString());
            }
        }
        assertTrue(progress.toString().contains("pactgraph   0:00  RSS"), progress.toString());
        assertTrue(progress.toString().matches("(?s).*pactgraph +0:\\d\\d  RSS +[\\d,]+ MB \\(anonymous [\\d,]+, file-backed [\\d,]+; heap [\\d,]+ committed, old gen [\\d,]+, [\\d,]+ after its last collection; direct.*"),
                progress.toString());

        StringWriter report = new StringWriter();
        SoakReport.print(new PrintWriter(report), runs);
        assertTrue(report.toString().contains("resident = anonymous + file-backed"), report.toString());
        assertTrue(report.toString().contains("live first") && progress.toString().contains("MB after a full collection"), report.toString());
        assertEquals(1 + 1 + runs.size() * 2 + 1 + 2 + runs.size(), report.toString().lines().count(), report.toString());
    }

    @Test
    void aMissingReadingIsPrintedAsNotAvailableNotAsZero() {
        SoakBenchmark.Run unread = new SoakBenchmark.Run("pactgraph", "java", 10, 0, 1.0,
                List.of(new SoakBenchmark.Sample(0, ProcessMemory.NONE, JvmMemory.NONE)));
        StringWriter report = new StringWriter();
        SoakReport.print(new PrintWriter(report), List.of(unread));
        String text = report.toString();
        assertTrue(text.lines().anyMatch(l -> l.startsWith("  PactGraph") && l.strip().endsWith("n/a          n/a")), text);
        assertTrue(text.contains("n/a: no reading"), text);
        assertFalse(text.matches("(?s).*PactGraph \\(pooled output buffers\\) +0 .*"), text);
    }
}
