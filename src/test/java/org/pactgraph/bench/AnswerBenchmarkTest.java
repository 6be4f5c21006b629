package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A small run of the answers benchmark: both servers send every answer, plain and gzipped, and
 * every figure is reported (the cost of slicing is measured by 'pactgraph bench answers', never
 * by a unit test).
 */
class AnswerBenchmarkTest {
    @Test
    void bothServersSendEveryAnswerInEveryRun() {
        AnswerBenchmark.Result r = new AnswerBenchmark().run(Path.of("ontology"), Path.of("data"), Path.of("queries"), 3, 3, 1);
        assertTrue(r.quads() > 2000, r.toString());
        assertEquals(5, r.rows().size(), r.toString());
        for (AnswerBenchmark.Row row : r.rows()) {
            assertTrue(row.bytes() > 0 && row.slicedMillis() > 0 && row.wholeMillis() > 0 && row.wallRatio() > 0, row.toString());
        }
        // Each large answer once per run of each server; the catalogue's small one many times.
        assertEquals(1, r.rows().get(0).samples());
        assertEquals(AnswerBenchmark.SMALL_PER_RUN, r.rows().get(4).samples());
        // Plain dumps and SPARQL answers are larger than a slice (10 KiB), so the sliced server did slice them.
        assertTrue(r.rows().get(0).bytes() > 10 * 1024 && r.rows().get(2).bytes() > 10 * 1024, r.toString());
        assertTrue(r.rows().get(1).bytes() < r.rows().get(0).bytes(), "gzipped smaller: " + r);
    }
}
