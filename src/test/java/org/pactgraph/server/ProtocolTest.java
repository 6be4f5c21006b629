package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.store.TdbStore;

/**
 * The SPARQL 1.1 Protocol and the Graph Store Protocol as a client sees them, over HTTP on a real
 * server. SELECT answers are compared with the golden answers of the catalogue
 * (src/test/resources/queries/NAME.csv) in every result format; graphs with what the same query
 * gives in-process on the same store.
 */
class ProtocolTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    static Stream<Path> catalogue() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    private static String golden(Path query) throws IOException {
        String name = query.getFileName().toString().replace(".rq", ".csv");
        return Files.readString(Path.of("src/test/resources/queries", name)).replace("\r\n", "\n");
    }

    /** Any results document read back with Jena and written as CSV, to compare with the golden file. */
    private static String asCsv(String body, Lang lang) {
        if (lang.equals(ResultSetLang.RS_CSV)) {
            // CSV cannot tell an unbound value from an empty string, so it is compared as sent.
            return body.replace("\r\n", "\n");
        }
        var rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, rs);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void answersByGetByFormPostAndByDirectPost(Path query) throws IOException {
        String text = Files.readString(query);
        String expected = golden(query);
        HttpResponse<String> get = server.get("/pactgraph/sparql?query=" + RunningServer.encode(text), "text/csv");
        HttpResponse<String> form = server.query(text, "text/csv");
        HttpResponse<String> direct = server.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        for (HttpResponse<String> r : java.util.List.of(get, form, direct)) {
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(expected, r.body().replace("\r\n", "\n"), r.request().method() + " " + r.request().headers());
        }
    }

    static Stream<Arguments> resultFormats() throws IOException {
        return catalogue().flatMap(q -> Stream.of(
                Arguments.of(q, "application/sparql-results+json", "json", ResultSetLang.RS_JSON),
                Arguments.of(q, "application/sparql-results+xml", "xml", ResultSetLang.RS_XML),
                Arguments.of(q, "text/csv", "csv", ResultSetLang.RS_CSV),
                Arguments.of(q, "text/tab-separated-values", "tsv", ResultSetLang.RS_TSV)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("resultFormats")
    void givesTheSameAnswerInEveryResultFormatByAcceptAndByFormat(Path query, String mediaType, String format, Lang lang)
            throws IOException {
        String text = Files.readString(query);
        HttpResponse<String> byAccept = server.query(text, mediaType);
        HttpResponse<String> byFormat = server.get("/pactgraph/sparql?format=" + format + "&query=" + RunningServer.encode(text), "*/*");
        for (HttpResponse<String> r : java.util.List.of(byAccept, byFormat)) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
            assertEquals(golden(query), asCsv(r.body(), lang));
        }
    }

    static Stream<Arguments> graphFormats() {
        String construct = "CONSTRUCT { ?p ?rel ?org } WHERE { ?p a <https://w3id.org/pactgraph/ontology#Partnership> ;"
                + " ?rel ?org . ?org a <https://w3id.org/pactgraph/ontology#Organization> }";
        String describe = "DESCRIBE <https://w3id.org/pactgraph/id/org/keio-university>";
        return Stream.of(construct, describe).flatMap(q -> Stream.of(
                Arguments.of(q.substring(0, 9), q, "text/turtle", Lang.TURTLE),
                Arguments.of(q.substring(0, 9), q, "application/n-triples", Lang.NTRIPLES),
                Arguments.of(q.substring(0, 9), q, "application/ld+json", Lang.JSONLD),
                Arguments.of(q.substring(0, 9), q, "application/rdf+xml", Lang.RDFXML)));
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("graphFormats")
    void constructAndDescribeAnswerInEveryGraphFormat(String kind, String query, String mediaType, Lang lang) {
        HttpResponse<String> r = server.query(query, mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(got);
        Graph expected = inProcess(ds -> kind.startsWith("CONSTRUCT")
                ? QueryExec.dataset(ds).query(query).construct() : QueryExec.dataset(ds).query(query).describe());
        assertFalse(expected.isEmpty(), "the query finds something in the store");
        assertTrue(expected.isIsomorphicWith(got), "same graph over HTTP as in-process");
    }

    @Test
    void graphStoreReadGivesANamedGraphWhole() {
        HttpResponse<String> r = server.get("/pactgraph/get?graph=" + RunningServer.encode(Iris.REFERENCE_GRAPH), "application/n-triples");
        assertEquals(200, r.statusCode());
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(got);
        Graph expected = inProcess(ds -> copy(ds.getGraph(NodeFactory.createURI(Iris.REFERENCE_GRAPH))));
        assertTrue(expected.size() > 100 && expected.isIsomorphicWith(got), "GSP GET returns the reference graph");
    }

    @Test
    void theDefaultGraphIsTheUnionAndEachNamedGraphIsQueryableByName() {
        String perGraph = "SELECT (SUM(?n) AS ?total) { SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }";
        String union = "SELECT (COUNT(*) AS ?total) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }";
        String distinctQuads = "SELECT (COUNT(*) AS ?total) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }";
        String named = "SELECT (COUNT(*) AS ?total) { GRAPH <" + Iris.INFERRED_GRAPH + "> { ?s ?p ?o } }";
        long inferred = inProcess(ds -> copy(ds.getGraph(NodeFactory.createURI(Iris.INFERRED_GRAPH)))).size();
        assertTrue(total(perGraph) > total(union), "some triples are in more than one graph");
        assertEquals(total(distinctQuads), total(union));
        assertEquals(inferred, total(named));
    }

    private static long total(String query) {
        HttpResponse<String> r = server.query(query, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static Graph inProcess(java.util.function.Function<DatasetGraph, Graph> work) {
        DatasetGraph ds = TdbStore.at(TestData.loadedStore()).open();
        return Txn.calculateRead(ds, () -> work.apply(ds));
    }
}
