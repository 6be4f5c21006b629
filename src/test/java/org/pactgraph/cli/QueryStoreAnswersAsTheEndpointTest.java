package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.query.QueryRunner;
import org.pactgraph.server.RunningServer;
import picocli.CommandLine;

/**
 * {@code pactgraph query --store} and the running server's {@code /pactgraph/sparql} give the
 * same answer to every catalogue query and to queries that choose their dataset with
 * {@code FROM} and {@code FROM NAMED}. The store is queried through the command line first
 * (it takes the store's lock), then a real server is started over the same store.
 */
class QueryStoreAnswersAsTheEndpointTest {
    private static final String REFERENCE = "<" + Iris.REFERENCE_GRAPH + ">";
    private static final String ONTOLOGY = "<" + Iris.ONTOLOGY_GRAPH + ">";
    private static final String INFERRED = "<" + Iris.INFERRED_GRAPH + ">";

    /** Queries that name their dataset, by what they show. */
    private static final Map<String, String> DATASET_QUERIES = new LinkedHashMap<>();

    static {
        DATASET_QUERIES.put("a FROM graph the store lacks gives an empty default graph",
                "SELECT (COUNT(*) AS ?n) FROM <urn:nothing> { ?s ?p ?o }");
        DATASET_QUERIES.put("FROM one graph makes it the default graph",
                "SELECT (COUNT(*) AS ?n) FROM " + REFERENCE + " { ?s ?p ?o }");
        DATASET_QUERIES.put("FROM two graphs merges them",
                "SELECT (COUNT(*) AS ?n) FROM " + REFERENCE + " FROM " + ONTOLOGY + " { ?s ?p ?o }");
        DATASET_QUERIES.put("FROM NAMED lists only the graphs named",
                "SELECT ?g (COUNT(*) AS ?n) FROM NAMED " + REFERENCE + " FROM NAMED " + INFERRED + " { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
        DATASET_QUERIES.put("FROM NAMED alone leaves the default graph empty",
                "SELECT (COUNT(*) AS ?n) FROM NAMED " + REFERENCE + " { ?s ?p ?o }");
        DATASET_QUERIES.put("FROM and FROM NAMED together",
                "SELECT ?g (COUNT(*) AS ?n) FROM " + ONTOLOGY + " FROM NAMED " + REFERENCE
                        + " { { ?s ?p ?o BIND(\"default\" AS ?g) } UNION { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g ORDER BY ?g");
        DATASET_QUERIES.put("ASK without the inferred graph does not see an inferred triple",
                "ASK FROM " + REFERENCE + " FROM " + ONTOLOGY + " { <https://w3id.org/pactgraph/id/org/keio-university> "
                        + "<https://w3id.org/pactgraph/ontology#locatedIn> <https://w3id.org/pactgraph/id/place/japan> }");
        DATASET_QUERIES.put("CONSTRUCT from one graph",
                "CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } FROM " + REFERENCE
                        + " { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'ja') }");
    }

    private static final Map<String, String> storeAnswers = new LinkedHashMap<>();
    private static RunningServer server;

    @BeforeAll
    static void askTheStoreThenStartTheServer() throws IOException {
        Path store = TestData.loadedStore();
        for (String text : allQueries().toList()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute("query", "--store", store.toString(), "--format", "json", text);
            assertEquals(0, code, err.toString());
            storeAnswers.put(text, out.toString());
        }
        server = RunningServer.overSharedStore(RunningServer.loopback());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Stream<String> catalogue() {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().map(p -> QueryRunner.queryText(p.toString())).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<String> datasetQueries() {
        return DATASET_QUERIES.values().stream();
    }

    private static Stream<String> allQueries() {
        return Stream.concat(catalogue(), datasetQueries());
    }

    @Test
    void theCatalogueIsThere() {
        assertTrue(catalogue().count() >= 15, "queries/ should hold the catalogue");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("catalogue")
    void everyCatalogueQueryGetsTheSameAnswerBothWays(String query) {
        assertSameAnswer(query);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("datasetQueries")
    void fromAndFromNamedChooseTheSameDatasetBothWays(String query) {
        assertSameAnswer(query);
    }

    @Test
    void aFromGraphTheStoreLacksCountsNothing() {
        ResultSetRewindable rows = rows(storeAnswers.get(DATASET_QUERIES.get("a FROM graph the store lacks gives an empty default graph")));
        assertEquals(0, rows.next().getLiteral("n").getInt());
    }

    @Test
    void fromOneGraphCountsThatGraphAlone() {
        String fromReference = DATASET_QUERIES.get("FROM one graph makes it the default graph");
        int viaFrom = rows(storeAnswers.get(fromReference)).next().getLiteral("n").getInt();
        String graphPattern = "SELECT (COUNT(*) AS ?n) { GRAPH " + REFERENCE + " { ?s ?p ?o } }";
        int viaGraph = rows(body(server.query(graphPattern, "application/sparql-results+json"))).next().getLiteral("n").getInt();
        assertEquals(viaGraph, viaFrom);
        assertTrue(viaFrom > 100, "the reference graph holds the curated facts: " + viaFrom);
    }

    private static void assertSameAnswer(String text) {
        Query query = QueryRunner.parse(text);
        String fromStore = storeAnswers.get(text);
        if (query.isSelectType() || query.isAskType()) {
            String fromServer = body(server.query(text, "application/sparql-results+json"));
            if (query.isAskType()) {
                assertEquals(ask(fromServer), ask(fromStore), text);
                return;
            }
            ResultSetRewindable a = rows(fromStore);
            ResultSetRewindable b = rows(fromServer);
            boolean same = query.isOrdered() ? ResultsCompare.equalsByTermAndOrder(a, b) : ResultsCompare.equalsByTerm(a, b);
            a.reset();
            b.reset();
            assertTrue(same, () -> "query --store and the endpoint differ for\n" + text + "\nstore:\n" + fromStore + "\nendpoint:\n" + fromServer);
        } else {
            String fromServer = body(server.query(text, "application/n-triples"));
            Graph a = parse(fromStore, Lang.JSONLD);
            Graph b = parse(fromServer, Lang.NTRIPLES);
            assertTrue(a.size() > 0 && a.isIsomorphicWith(b), () -> "graphs differ for\n" + text + "\nstore:\n" + fromStore + "\nendpoint:\n" + fromServer);
        }
    }

    private static String body(java.net.http.HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static ResultSetRewindable rows(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }

    private static boolean ask(String json) {
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    private static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }
}
