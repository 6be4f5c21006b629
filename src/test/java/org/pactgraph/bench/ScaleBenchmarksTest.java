package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load, query and startup benchmarks run end to end on tiny corpora and report every field
 * (their speed is measured by 'pactgraph bench load|query|startup', never by a unit test).
 */
class ScaleBenchmarksTest {
    private static final Path ONTOLOGY = Path.of("ontology");

    @Test
    void theLoadBenchmarkMeasuresPactGraphTheTdb2LoaderAndParsingOnTheSameQuads() {
        List<LoadBenchmark.Row> rows = new LoadBenchmark().run(ONTOLOGY, List.of(5, 10), 3, 2);
        assertEquals(List.of(5, 10), rows.stream().map(LoadBenchmark.Row::documents).toList());
        for (LoadBenchmark.Row r : rows) {
            assertTrue(r.quads() > 2000 && r.bytes() > r.quads() * 50, r.toString());
            assertTrue(r.pactgraphMillis() > 0 && r.tdbLoaderMillis() > 0 && r.speedOfLoader() > 0 && r.timesParse() > 0, r.toString());
        }
        assertTrue(rows.get(1).quads() > rows.get(0).quads(), rows.toString());
    }

    @Test
    void theQueryBenchmarkAsksEveryCatalogueQueryOfBothServersInEveryRound() {
        List<QueryBenchmark.Row> rows = new QueryBenchmark().run(ONTOLOGY, Path.of("data"), Path.of("queries"), List.of(5), 3, new QueryBenchmark.Settings(2, 1));
        QueryBenchmark.Row r = rows.get(0);
        int queries = QueryBenchmark.catalogue(Path.of("queries")).size();
        assertEquals(queries, r.queries());
        assertEquals(2 * queries, r.samples());
        // The project's data is in the corpus: on it alone the catalogue answers about a hundred rows (the golden CSVs).
        assertTrue(r.answerRows() > 100, r.toString());
        assertTrue(r.pactgraphMedian() > 0 && r.fusekiMedian() > 0 && r.pactgraphP99() >= r.pactgraphMedian()
                && r.fusekiP99() >= r.fusekiMedian(), r.toString());
    }

    @Test
    void theStartupBenchmarkStartsBothServersAsProcessesUntilTheyAnswer() {
        List<StartupBenchmark.Row> rows = new StartupBenchmark().run(ONTOLOGY, List.of(5), 3, 1);
        StartupBenchmark.Row r = rows.get(0);
        assertEquals(1, r.runs());
        assertTrue(r.pactgraphMedian() > 0 && r.fusekiMedian() > 0 && r.ratio() > 0, r.toString());
        assertEquals(r.pactgraphMedian(), r.pactgraphBest());
    }
}
