package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.server.ServerSettings;

/**
 * Within its bounds, a query gives the same answer with the server's bounded functions,
 * cancellable paths and spilling sorts as with ARQ's own: each query of
 * {@code src/test/resources/server/bounded/} (REGEX, REPLACE, CONCAT and GROUP_CONCAT in every
 * form and error, property paths, sorts) is run both ways over the same data.
 */
class BoundedExpressionsTest {
    private static final Path CASES = Path.of("src/test/resources/server/bounded");

    static {
        JenaSystem.init();
    }

    static Stream<Path> queries() throws IOException {
        return Files.list(CASES).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void aBoundedQueryAnswersAsArqDoes(Path file) throws IOException {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(CASES.resolve("data.ttl").toString());
        String query = Files.readString(file);
        List<Binding> plain = rows(data, query, new Context());
        Context bounded = new Context();
        QueryBounds.install(bounded, ServerSettings.DEFAULT_MAX_STRING_CHARS, ServerSettings.DEFAULT_SPILL_ROWS);
        List<Binding> rows = rows(data, query, bounded);
        assertFalse(plain.isEmpty(), "a case with no answer pins nothing");
        assertEquals(plain, rows);
    }

    @Test
    void sortsAndDistinctThatSpillToDiskAnswerAsInMemory() {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(CASES.resolve("data.ttl").toString());
        String values = java.util.stream.IntStream.range(0, 60).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(" "));
        String query = "SELECT DISTINCT ?a ?b ?c { VALUES ?a { " + values + " } VALUES ?b { " + values + " } BIND(?a * ?b AS ?c) }"
                + " ORDER BY DESC(?c) ?a";
        Context spilling = new Context();
        QueryBounds.install(spilling, ServerSettings.DEFAULT_MAX_STRING_CHARS, 1001);
        List<Binding> inMemory = rows(data, query, new Context());
        assertEquals(3600, inMemory.size());
        assertEquals(inMemory, rows(data, query, spilling));
    }

    @Test
    void theBoundsAreInPlaceForTheseComparisons() {
        Context tight = new Context();
        QueryBounds.install(tight, 5, ServerSettings.DEFAULT_SPILL_ROWS);
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(CASES.resolve("data.ttl").toString());
        String query = "SELECT (CONCAT(?a, ?a) AS ?b) { VALUES ?a { \"abc\" } }";
        QueryRefused refused = assertThrows(QueryRefused.class, () -> rows(data, query, tight));
        assertTrue(refused.getMessage().contains("more than 5 characters with CONCAT"), refused.getMessage());
        assertEquals(1, rows(data, query, new Context()).size());
    }

    private static List<Binding> rows(DatasetGraph data, String query, Context context) {
        try (QueryExec exec = QueryExec.dataset(data).query(QueryFactory.create(query, Syntax.syntaxARQ)).context(context).build()) {
            return Iter.toList(exec.select());
        }
    }
}
