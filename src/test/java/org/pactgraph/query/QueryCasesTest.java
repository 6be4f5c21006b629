package org.pactgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Competency questions on data that today's graph does not hold, such as what the extractor is
 * to produce: the curated reference data plus one case file
 * (src/test/resources/query/QUERY/CASE.ttl), run through queries/QUERY.rq and compared with the
 * expected answer beside it (CASE.csv).
 */
class QueryCasesTest {
    private static final Path CASES = Path.of("src/test/resources/query");

    static Stream<String> cases() throws IOException {
        try (var files = Files.walk(CASES, 2)) {
            return files.filter(p -> p.toString().endsWith(".ttl"))
                    .map(p -> CASES.relativize(p).toString().replace(".ttl", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsExpected(String queryAndCase) throws IOException {
        Path query = Path.of("queries", Path.of(queryAndCase).getParent() + ".rq");
        assertTrue(Files.exists(query), "each case folder is named after a query of queries/: " + query);
        DatasetGraph data = DatasetGraphFactory.create();
        try (var reference = Files.list(Path.of("data/reference"))) {
            reference.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(p -> RDFDataMgr.read(data, p.toString()));
        }
        RDFDataMgr.read(data, CASES.resolve(queryAndCase + ".ttl").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner().run(Files.readString(query), data, ResultFormat.CSV, out);
        String expected = Files.readString(CASES.resolve(queryAndCase + ".csv")).replace("\r\n", "\n");
        assertEquals(expected, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
