package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A small run of the search benchmark: it runs end to end, indexes every name and alias of its
 * store, and its searches find what they mean (the speed is measured by 'pactgraph bench
 * search', never by a unit test).
 */
class SearchBenchmarkTest {
    @Test
    void searchesForMisspeltReorderedAndJapaneseNamesFindTheEntityMeant() {
        SearchBenchmark.Result r = new SearchBenchmark().run(new SearchBenchmark.Settings(600, 60, 2, 3));
        assertEquals(600, r.entities());
        assertEquals(1800, r.names(), "an English name, a Japanese name and an alias each");
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertEquals(60, r.searches());
    }
}
