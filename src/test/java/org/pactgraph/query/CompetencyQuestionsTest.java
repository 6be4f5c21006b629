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
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.store.TdbStore;

/**
 * Each query of queries/ against the store loaded from data/, compared with its expected answer
 * in src/test/resources/queries/NAME.csv (a golden file: the answer is data, not code). A query
 * that says "# Inference: not needed" must give the same answer without the inferred graph.
 * Every query reads the class memberships and place closure from the inferred graph rather
 * than by transitive paths, so that every SPARQL store gives the same answers.
 */
class CompetencyQuestionsTest {
    private static final String WITHOUT_INFERENCE = "# Inference: not needed";
    private static DatasetGraph dataset;
    private static DatasetGraph asserted;

    @BeforeAll
    static void open() {
        dataset = TdbStore.at(TestData.loadedStore()).open();
        asserted = withoutInferredGraph(dataset);
    }

    /** Every named graph but the inferred one, their union as the default graph. */
    private static DatasetGraph withoutInferredGraph(DatasetGraph store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> Txn.executeRead(store, () -> store.find().forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().equals(Iris.INFERRED_GRAPH)) return;
            copy.add(q);
            copy.getDefaultGraph().add(q.asTriple());
        })));
        return copy;
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
        assertEquals(Files.readString(expected).replace("\r\n", "\n"), answer(query, dataset).replace("\r\n", "\n"));
    }

    static Stream<Path> queriesAnsweredWithoutInference() throws IOException {
        return queries().filter(q -> read(q).contains(WITHOUT_INFERENCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queriesAnsweredWithoutInference")
    void answersTheSameWithoutTheInferredGraph(Path query) throws IOException {
        assertEquals(answer(query, dataset), answer(query, asserted));
    }

    /**
     * Each query says what it reads from the inferred graph: nothing ("not needed"), the class
     * memberships and the locatedIn closure ("types and places", see InferenceQuestionsTest), or
     * the inferences of questions 14 to 16 ("needed").
     */
    @Test
    void everyQuerySaysWhatItReadsFromTheInferredGraph() throws IOException {
        for (Path q : queries().toList()) {
            long markers = read(q).lines().filter(l -> l.equals(WITHOUT_INFERENCE) || l.equals(InferenceQuestionsTest.TYPES_AND_PLACES)
                    || l.equals(InferenceQuestionsTest.NEEDED)).count();
            assertEquals(1, markers, q + " has one line '# Inference: not needed', '# Inference: types and places' or '# Inference: needed'");
        }
    }

    @Test
    void everyQueryStatesItsQuestionInItsFirstLine() throws IOException {
        for (Path q : queries().toList()) {
            String first = Files.readAllLines(q).get(0);
            assertTrue(first.startsWith("# ") && first.endsWith("?"), q + " starts with: " + first);
        }
    }

    /** The query's answer on the dataset, as CSV. */
    static String answer(Path query, DatasetGraph data) throws IOException {
        String text = Files.readString(query);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(data, () -> new QueryRunner().run(text, data, ResultFormat.CSV, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
