package org.pactgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.process.normalize.NormalizeRDFTerms;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.TestData;
import org.pactgraph.query.QueryRunner;
import org.pactgraph.query.ResultFormat;

/**
 * What every store a load writes through must give, once data/ is loaded into it by the one load
 * pipeline: the golden answer of every catalogue query (src/test/resources/queries/), and, read
 * back, the quads of the TDB2 store loaded from the same files. A subclass per sink: TDB2's bulk
 * loader ({@link TdbStoreContractTest}), a dataset in memory ({@link MemoryStoreContractTest}), a
 * remote SPARQL store reached by SPARQL Update and the Graph Store Protocol
 * ({@link VirtuosoStoreTest}).
 *
 * <p>Answers are compared cell by cell, exactly, except that two numbers are equal when their
 * values are: Virtuoso keeps the value of an xsd:decimal, not its lexical form, and writes
 * 60000000 where Jena writes 60000000.0. Nothing else is normalised.
 */
abstract class StoreContract {
    /** The store under test, loaded from the project's data/ and ontology/. */
    abstract Store loaded();

    /**
     * Catalogue queries this store is known to answer otherwise, by name, with the reason. Each
     * is still run: it must still differ (a list that no longer holds fails, so it cannot go stale).
     */
    Map<String, String> knownToDiffer() {
        return Map.of();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.pactgraph.query.CompetencyQuestionsTest#queries")
    void answersEveryCatalogueQueryWithItsGoldenAnswer(Path query) throws IOException {
        String name = query.getFileName().toString().replace(".rq", "");
        List<List<String>> expected = Csv.parse(Files.readString(Path.of("src/test/resources/queries", name + ".csv")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String difference;
        try {
            new QueryRunner().run(Files.readString(query), loaded(), ResultFormat.CSV, out);
            difference = difference(name, expected, Csv.parse(out.toString(StandardCharsets.UTF_8)));
        } catch (StoreException e) {
            if (!knownToDiffer().containsKey(name)) throw e;
            difference = e.getMessage();
        }
        if (knownToDiffer().containsKey(name)) {
            assertTrue(difference != null, name + " is listed as answered otherwise by this store (" + knownToDiffer().get(name)
                    + ") but now gives its golden answer: take it off the list");
        } else {
            assertTrue(difference == null, difference + "\n" + out.toString(StandardCharsets.UTF_8));
        }
    }

    /** How the answer differs from the golden one, or null when it does not. */
    private static String difference(String name, List<List<String>> expected, List<List<String>> actual) {
        if (expected.size() != actual.size()) return name + ": " + expected.size() + " rows expected, " + actual.size() + " given";
        for (int r = 0; r < expected.size(); r++) {
            if (expected.get(r).size() != actual.get(r).size()) return name + " row " + r + ": another number of columns";
            for (int c = 0; c < expected.get(r).size(); c++) {
                String e = expected.get(r).get(c);
                String a = actual.get(r).get(c);
                if (!(e.equals(a) || sameNumber(e, a))) return name + " row " + r + " column " + c + ": expected <" + e + "> but was <" + a + ">";
            }
        }
        return null;
    }

    @Test
    void readsBackTheQuadsOfTheTdb2Store() {
        Map<String, Graph> mine = graphs(loaded());
        Map<String, Graph> tdb = graphs(TdbStore.at(TestData.loadedStore()));
        assertEquals(tdb.keySet(), mine.keySet());
        tdb.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(mine.get(g)),
                g + ": the same triples, blank nodes and literal values (" + graph.size() + " and " + mine.get(g).size() + ")"));
    }

    /** Each named graph, its literals by value (a store may keep a decimal's value and not its form). */
    static Map<String, Graph> graphs(Store s) {
        Map<String, Graph> out = new TreeMap<>();
        s.read(dsg -> Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> out.put(g.getURI(), canonical(dsg, g)))));
        return out;
    }

    private static Graph canonical(DatasetGraph dsg, Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(t -> g.add(t.getSubject(), t.getPredicate(), NormalizeRDFTerms.normalizeValue(t.getObject())));
        return g;
    }

    static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** SPARQL 1.1 CSV results as rows of cells: commas separate, quotes enclose, doubled quotes escape. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            String s = text.replace("\r\n", "\n");
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(ch);
                }
            }
            if (!cell.isEmpty() || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
