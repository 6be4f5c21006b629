package org.pactgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.process.normalize.NormalizeRDFTerms;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.TestData;
import org.pactgraph.load.Loader;
import org.pactgraph.model.Iris;
import org.pactgraph.query.QueryRunner;
import org.pactgraph.query.ResultFormat;
import org.pactgraph.validate.ValidationException;

/**
 * data/ loaded into a real Virtuoso Open Source (Debian's virtuoso-opensource, started once for
 * the class) through {@code --store sparql:URL}: every query of queries/ must give the golden
 * answer of src/test/resources/queries/ that TDB2 gives, the export the same quads, and a
 * reload or a failed load must leave the graphs a load promises.
 *
 * <p>Answers are compared cell by cell, exactly, except that two numbers are equal when their
 * values are: Virtuoso keeps the value of an xsd:decimal, not its lexical form, and writes
 * 60000000 where Jena writes 60000000.0. Nothing else is normalised.
 */
class VirtuosoStoreTest {
    private static VirtuosoServer virtuoso;
    private static SparqlStore store;

    @BeforeAll
    static void startAndLoad() throws Exception {
        virtuoso = VirtuosoServer.start();
        store = SparqlStore.at(SparqlEndpoints.of(virtuoso.sparqlUrl(), null, virtuoso.gspUrl()));
        new Loader().load(TestData.projectInto(Path.of("unused")), store);
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null) virtuoso.close();
    }

    static Stream<Path> queries() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersEveryCatalogueQueryAsTdb2Does(Path query) throws IOException {
        String name = query.getFileName().toString().replace(".rq", "");
        List<List<String>> expected = Csv.parse(Files.readString(Path.of("src/test/resources/queries", name + ".csv")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner().run(Files.readString(query), store, ResultFormat.CSV, out);
        List<List<String>> actual = Csv.parse(out.toString(StandardCharsets.UTF_8));
        if (INCOMPLETE.contains(name)) {
            for (List<String> row : actual) {
                assertTrue(expected.stream().anyMatch(e -> sameRow(e, row)), name + ": a row that TDB2 does not give: " + row);
            }
            if (actual.size() == expected.size()) {
                System.out.println("VirtuosoStoreTest: " + name + " is answered in full this time (listed in virtuoso-incomplete.txt)");
            } else {
                System.out.println("VirtuosoStoreTest: " + name + " answered " + (actual.size() - 1) + " of " + (expected.size() - 1)
                        + " rows, as virtuoso-incomplete.txt says it may");
            }
            return;
        }
        assertEquals(expected.size(), actual.size(), name + ": rows\n" + out.toString(StandardCharsets.UTF_8));
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r).size(), actual.get(r).size(), name + " row " + r);
            for (int c = 0; c < expected.get(r).size(); c++) {
                String e = expected.get(r).get(c);
                String a = actual.get(r).get(c);
                assertTrue(e.equals(a) || sameNumber(e, a), name + " row " + r + " column " + c + ": expected <" + e + "> but was <" + a + ">");
            }
        }
    }

    @Test
    void exportsTheQuadsOfTheLocalStore() {
        Map<String, Graph> remote = graphs(store);
        Map<String, Graph> local = graphs(TdbStore.at(TestData.loadedStore()));
        assertEquals(local.keySet(), remote.keySet());
        local.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(remote.get(g)),
                g + ": the same triples, blank nodes and literal values (" + graph.size() + " and " + remote.get(g).size() + ")"));
    }

    @Test
    void reloadReplacesTheGraphsOfThePreviousLoadAndLeavesNoStagedGraph() throws IOException {
        Path project = TestData.copyOfProject();
        try (Stream<Path> docs = Files.list(project.resolve("data/announcements"))) {
            for (Path d : docs.toList()) Files.delete(d);
        }
        try {
            new Loader().load(new org.pactgraph.load.LoadSettings(project.resolve("data"), project.resolve("ontology"), project), store);
            assertEquals(List.of(Iris.INFERRED_GRAPH, Iris.ONTOLOGY_GRAPH, Iris.REFERENCE_GRAPH), graphNames());
            assertEquals("0", store.metadata().get("documents"));
        } finally {
            new Loader().load(TestData.projectInto(Path.of("unused")), store);
        }
        assertEquals(4, graphNames().size());
    }

    @Test
    void aLoadThatFailsValidationLeavesTheStoreAsItWas() throws IOException {
        Map<String, String> before = store.metadata();
        Path project = TestData.copyOfProject();
        Files.writeString(project.resolve("data/reference/broken.ttl"),
                "@prefix pact: <https://w3id.org/pactgraph/ontology#> .\n<https://w3id.org/pactgraph/id/partnership/lonely> a pact:Partnership .\n");
        assertThrows(ValidationException.class,
                () -> new Loader().load(new org.pactgraph.load.LoadSettings(project.resolve("data"), project.resolve("ontology"), project), store));
        assertEquals(before, store.metadata());
    }

    @Test
    void aLoadThatTheStoreRefusesSaysWhereAndLeavesTheStoreAsItWas() {
        Map<String, String> before = store.metadata();
        SparqlStore wrongGsp = SparqlStore.at(SparqlEndpoints.of(virtuoso.sparqlUrl(), null, virtuoso.sparqlUrl() + "-no-such-endpoint"));
        StoreException e = assertThrows(StoreException.class, () -> new Loader().load(TestData.projectInto(Path.of("unused")), wrongGsp));
        assertTrue(e.getMessage().contains("could not write the graph") && e.hint().contains("--gsp-url"), e.oneLine());
        assertEquals(before, store.metadata());
        assertFalse(graphNames().stream().anyMatch(g -> g.contains("/staging/")), "no staged graph left: " + graphNames());
    }

    /** The named graphs in the store, Virtuoso's own system graphs left out. */
    private static List<String> graphNames() {
        List<String> names = new ArrayList<>();
        store.query(QueryRunner.parse("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + Iris.GRAPH_BASE + "\")) } ORDER BY ?g"),
                exec -> {
                    exec.select().forEachRemaining(b -> names.add(b.get("g").getURI()));
                    return null;
                });
        names.remove(Iris.GRAPH_BASE + "load");
        return names;
    }

    private static Map<String, Graph> graphs(Store s) {
        Map<String, Graph> out = new TreeMap<>();
        s.read(dsg -> Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> out.put(g.getURI(), canonical(dsg, g)))));
        return out;
    }

    private static Graph canonical(DatasetGraph dsg, Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(t -> g.add(t.getSubject(), t.getPredicate(), NormalizeRDFTerms.normalizeValue(t.getObject())));
        return g;
    }

    private static boolean sameRow(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) return false;
        for (int c = 0; c < expected.size(); c++) {
            if (!expected.get(c).equals(actual.get(c)) && !sameNumber(expected.get(c), actual.get(c))) return false;
        }
        return true;
    }

    private static final java.util.Set<String> INCOMPLETE = readIncomplete();

    private static java.util.Set<String> readIncomplete() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/store/virtuoso-incomplete.txt")).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void listsOnlyCatalogueQueriesAsIncomplete() throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        queries().forEach(q -> names.add(q.getFileName().toString().replace(".rq", "")));
        assertTrue(names.containsAll(INCOMPLETE), "virtuoso-incomplete.txt names queries that exist: " + INCOMPLETE);
    }

    private static boolean sameNumber(String a, String b) {
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
