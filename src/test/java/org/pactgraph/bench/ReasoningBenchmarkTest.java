package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;

/**
 * A small run of the reasoning benchmark: it runs end to end, and on its data Jena's OWL Micro
 * and OWL Mini find nothing PactGraph's reasoner does not (the speed is measured by
 * 'pactgraph bench reasoning', never by a unit test).
 */
class ReasoningBenchmarkTest {
    @Test
    void jenaFindsNoAnswerThatPactGraphLacksOnGeneratedData() {
        ReasoningBenchmark.Result r = new ReasoningBenchmark().run(TestData.projectInto(Path.of("store")),
                new ReasoningBenchmark.Settings(3000, 7, 1, 1));
        ReasoningBenchmark.Measure ours = r.of(ReasoningBenchmark.Contender.PACTGRAPH);
        for (ReasoningBenchmark.Contender c : new ReasoningBenchmark.Contender[] {ReasoningBenchmark.Contender.JENA_OWL_MICRO, ReasoningBenchmark.Contender.JENA_OWL_MINI}) {
            ReasoningBenchmark.Measure jena = r.of(c);
            assertEquals(0, jena.missing(), c + " found answers PactGraph lacks");
            assertTrue(jena.answers() > 1000, c + " answered too little for the comparison to mean anything: " + jena.answers());
            assertEquals(ours.answers(), jena.answers() + jena.beyond());
            // The property chain behind pact:partnerOf is OWL 2; Jena's OWL 1 reasoners do not know it.
            assertTrue(jena.beyondByKind().getOrDefault("pact:partnerOf", 0L) > 0, jena.beyondByKind().toString());
        }
    }
}
