package org.pactgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.TestData;
import org.pactgraph.store.TdbStore;

/**
 * Each query of queries/ against the store loaded from data/, compared with its expected answer
 * in src/test/resources/queries/NAME.csv (a golden file: the answer is data, not code).
 */
class CompetencyQuestionsTest {
    private static DatasetGraph dataset;

    @BeforeAll
    static void open() {
        dataset = TdbStore.at(TestData.loadedStore()).open();
    }

    @AfterAll
    static void close() {
        TdbStore.close(dataset);
    }

    static Stream<Path> queries() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpected(Path query) throws IOException {
        String name = query.getFileName().toString().replace(".rq", "");
        Path expected = Path.of("src/test/resources/queries", name + ".csv");
        assertTrue(Files.exists(expected), "every query has an expected answer: " + expected);
        assertEquals(Files.readString(expected).replace("\r\n", "\n"), answer(query).replace("\r\n", "\n"));
    }

    @Test
    void everyQueryStatesItsQuestionInItsFirstLine() throws IOException {
        for (Path q : queries().toList()) {
            String first = Files.readAllLines(q).get(0);
            assertTrue(first.startsWith("# ") && first.endsWith("?"), q + " starts with: " + first);
        }
    }

    private static String answer(Path query) throws IOException {
        String text = Files.readString(query);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> new QueryRunner().run(text, dataset, ResultFormat.CSV, out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
