package org.pactgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactgraph.TestData;
import org.pactgraph.export.Exporter;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.TdbStore;

/** The dumps and the dataset description, fetched over HTTP and checked against the store. */
class DumpsTest {
    private static final String VOID = "http://rdfs.org/ns/void#";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static DatasetGraph store;

    @BeforeAll
    static void start() {
        store = TdbStore.at(TestData.loadedStore()).open();
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void theListingLinksEveryGraphInEveryFormat() {
        String html = server.get("/dumps/", "text/html").body();
        for (String g : Exporter.graphNames(store)) {
            String stem = g.substring(Iris.GRAPH_BASE.length()).replace('/', '-');
            for (String ext : List.of("ttl", "nt", "nq", "trig", "jsonld", "rdf")) {
                assertTrue(html.contains("href=\"/dumps/graph-" + stem + "." + ext + ".gz\""), stem + "." + ext);
            }
        }
    }

    @Test
    void theGzippedNQuadsDumpIsTheStore() throws Exception {
        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes("/dumps/pactgraph.nq.gz")))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        Txn.executeRead(store, () -> {
            for (String g : Exporter.graphNames(store)) {
                Node name = NodeFactory.createURI(g);
                assertTrue(store.getGraph(name).isIsomorphicWith(dump.getGraph(name)), g);
            }
        });
    }

    @Test
    void theAssertedDumpLeavesOutWhatOnlyTheReasonerSays() throws Exception {
        Graph asserted = RDFParser.fromString(new String(bytes("/dumps/pactgraph-asserted.nt"), java.nio.charset.StandardCharsets.UTF_8),
                Lang.NTRIPLES).toGraph();
        Txn.executeRead(store, () -> store.getGraph(NodeFactory.createURI(Iris.INFERRED_GRAPH)).find().forEachRemaining(t -> {
            boolean elsewhere = org.apache.jena.atlas.iterator.Iter.count(store.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject())) > 1;
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) assertEquals(elsewhere, asserted.contains(t), t.toString());
        }));
    }

    @Test
    void theVoidDescriptionCountsWhatIsInTheStoreAndItsDumpsResolve() throws Exception {
        Graph description = RDFParser.fromString(server.get("/.well-known/void", "text/turtle").body(), Lang.TURTLE).toGraph();
        Node dataset = NodeFactory.createURI("https://w3id.org/pactgraph/dataset");
        Node triples = NodeFactory.createURI(VOID + "triples");
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> union.add(q.asTriple())));
        assertEquals(union.size(), number(description, dataset, triples));
        Txn.executeRead(store, () -> {
            for (String g : Exporter.graphNames(store)) {
                Node name = NodeFactory.createURI(g);
                assertEquals(store.getGraph(name).size(), number(description, name, triples), g);
            }
        });
        long partnerships = union.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Pact.Partnership.asNode()).toList().size();
        Node partition = description.find(Node.ANY, NodeFactory.createURI(VOID + "class"), Pact.Partnership.asNode()).next().getSubject();
        assertEquals(partnerships, number(description, partition, NodeFactory.createURI(VOID + "entities")));
        assertTrue(description.contains(dataset, NodeFactory.createURI(VOID + "sparqlEndpoint"), NodeFactory.createURI(server.sparqlUrl())));
        List<Node> dumps = description.find(Node.ANY, NodeFactory.createURI(VOID + "dataDump"), Node.ANY).mapWith(t -> t.getObject()).toList();
        assertFalse(dumps.isEmpty());
        for (Node dump : dumps) {
            assertTrue(bytes(dump.getURI().substring(server.baseUrl().length())).length > 0, dump.toString());
        }
        assertEquals(description.size(), RDFParser.fromString(server.get("/dumps/void.ttl", "text/turtle").body(), Lang.TURTLE).toGraph().size());
    }

    @Test
    void anUnknownDumpIs404() {
        assertEquals(404, server.get("/dumps/graph-nowhere.ttl", "*/*").statusCode());
    }

    private static long number(Graph g, Node s, Node p) {
        return Long.parseLong(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/void", "/dumps/void.ttl"})
    void theDescriptionNamesTheServersOwnAddressNeverTheRequestsHostHeader(String path) {
        String answer = server.raw("GET " + path + " HTTP/1.1\r\nHost: attacker.example:666\r\nAccept: text/turtle\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertFalse(answer.contains("attacker.example"), answer);
        assertTrue(answer.contains("<" + server.sparqlUrl() + ">"), answer);
    }
}
