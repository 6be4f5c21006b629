package org.pactgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Competency question 4 on totals that today's data does not hold: the curated reference data
 * plus one case file each (src/test/resources/query/funding-totals/CASE.ttl), compared with the
 * expected answer beside it (CASE.csv).
 */
class FundingTotalsTest {
    private static final Path CASES = Path.of("src/test/resources/query/funding-totals");

    static Stream<String> cases() throws IOException {
        try (var files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sumsThePartsAndComparesThemWithTheStatedTotal(String name) throws IOException {
        DatasetGraph data = DatasetGraphFactory.create();
        try (var reference = Files.list(Path.of("data/reference"))) {
            reference.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(p -> RDFDataMgr.read(data, p.toString()));
        }
        RDFDataMgr.read(data, CASES.resolve(name + ".ttl").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner().run(Files.readString(Path.of("queries/funding-totals-and-their-parts.rq")), data, ResultFormat.CSV, out);
        String expected = Files.readString(CASES.resolve(name + ".csv")).replace("\r\n", "\n");
        assertEquals(expected, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
