package org.pactgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.pactgraph.reason.AssertedGraph;
import org.pactgraph.store.TdbStore;

/**
 * The competency questions answered through the inferred graph (14 to 16 and nine of issue 16
 * on events and places, marked "# Inference: needed"): without the inferred graph they lose answers, and their answers equal
 * those of the same question written with property paths over the asserted graphs alone
 * (src/test/resources/query/paths/NAME.rq), an independent check of the golden files. The same
 * holds for the queries marked "# Inference: types and places", which read class memberships and
 * the locatedIn closure from the inferred graph instead of following transitive paths.
 */
class InferenceQuestionsTest {
    static final String NEEDED = "# Inference: needed";
    /** The marker of queries that read only class memberships and the locatedIn closure from the inferred graph. */
    static final String TYPES_AND_PLACES = "# Inference: types and places";
    private static DatasetGraph dataset;
    private static DatasetGraph asserted;

    @BeforeAll
    static void open() {
        dataset = TdbStore.at(TestData.loadedStore()).open();
        asserted = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(asserted, () -> Txn.executeRead(dataset, () ->
                new AssertedGraph(dataset).find().forEachRemaining(asserted.getDefaultGraph()::add)));
    }

    @AfterAll
    static void close() {
        TdbStore.close(dataset);
    }

    static Stream<Path> questions() throws IOException {
        return CompetencyQuestionsTest.queries().filter(q -> CompetencyQuestionsTest.read(q).contains(NEEDED));
    }

    /**
     * Questions 14 to 16, and nine questions of issue 16 on events, attendance and places (the
     * tenth, where each event took place, reads only kinds of place and the locatedIn closure).
     */
    @Test
    void questionsFourteenToSixteenAndNineOnEventsAndPlacesAreAnsweredThroughTheInferredGraph() throws IOException {
        assertEquals(12, questions().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void losesAnswersWithoutTheInferredGraph(Path query) throws IOException {
        String with = CompetencyQuestionsTest.answer(query, dataset);
        String without = CompetencyQuestionsTest.answer(query, asserted);
        assertNotEquals(with, without);
        assertTrue(with.lines().count() > without.lines().count() || filledCells(with) > filledCells(without),
                "fewer rows, or fewer cells filled (a column the inferred graph fills), without it:\n" + without);
    }

    /** The non-empty cells of a CSV answer (a quoted cell may hold commas). */
    private static long filledCells(String csv) {
        long filled = 0;
        for (String row : csv.lines().toList()) {
            boolean quoted = false;
            int length = 0;
            for (char c : (row + ",").toCharArray()) {
                if (c == '"') quoted = !quoted;
                if (c == ',' && !quoted) {
                    if (length > 0) filled++;
                    length = 0;
                } else {
                    length++;
                }
            }
        }
        return filled;
    }

    static Stream<Path> questionsReadingTheInferredGraph() throws IOException {
        return CompetencyQuestionsTest.queries().filter(q -> {
            String text = CompetencyQuestionsTest.read(q);
            return text.contains(NEEDED) || text.contains(TYPES_AND_PLACES);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsReadingTheInferredGraph")
    void agreesWithPropertyPathsOverTheAssertedGraphs(Path query) throws IOException {
        Path paths = Path.of("src/test/resources/query/paths", query.getFileName().toString());
        assertEquals(CompetencyQuestionsTest.answer(query, dataset), CompetencyQuestionsTest.answer(paths, asserted));
    }

}
