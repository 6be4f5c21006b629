package org.pactgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.store.TdbStore;

/**
 * Every export format, read back by a parser that is not Jena's, gives a graph isomorphic to the
 * store's: the union of all graphs for the triple formats, each named graph for the quad formats.
 */
class ExportRoundTripTest {
    private static DatasetGraph store;
    private static DatasetGraph expected;
    @TempDir Path tmp;

    @BeforeAll
    static void open() {
        IndependentParsers.assertInstalled();
        store = TdbStore.at(TestData.loadedStore()).open();
        expected = DatasetGraphFactory.createGeneral();
        Txn.executeRead(store, () -> store.find().forEachRemaining(expected::add));
    }

    @AfterAll
    static void close() {
        TdbStore.close(store);
    }

    private Path export(ExportFormat format, ExportScope scope) throws IOException {
        Path file = tmp.resolve("dump." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            new Exporter().export(store, format, scope, out);
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatReadByAnIndependentParserGivesTheStoresGraphs(ExportFormat format) throws IOException {
        DatasetGraph parsed = IndependentParsers.parse(export(format, ExportScope.all()), format);
        if (format.keepsGraphs()) {
            assertSameGraphs(expected, parsed, format.title());
        } else {
            assertIsomorphic(union(expected, true), parsed.getDefaultGraph(), format.title());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "NQ", "JSONLD"})
    void oneGraphAloneIsExactlyThatGraph(ExportFormat format) throws IOException {
        DatasetGraph parsed = IndependentParsers.parse(export(format, ExportScope.graph(Iris.REFERENCE_GRAPH)), format);
        Node reference = NodeFactory.createURI(Iris.REFERENCE_GRAPH);
        Graph actual = format.keepsGraphs() ? parsed.getGraph(reference) : parsed.getDefaultGraph();
        assertIsomorphic(expected.getGraph(reference), actual, format.title() + " of the reference graph");
        if (format.keepsGraphs()) assertEquals(List.of(reference), names(parsed));
    }

    @Test
    void withoutInferredTheQuadFormatsLeaveOutTheInferredGraph() throws IOException {
        DatasetGraph parsed = IndependentParsers.parse(export(ExportFormat.NQ, ExportScope.all().withoutInferred()), ExportFormat.NQ);
        assertFalse(names(parsed).contains(NodeFactory.createURI(Iris.INFERRED_GRAPH)));
        assertEquals(names(expected).size() - 1, names(parsed).size());
    }

    @Test
    void withoutInferredTheTripleFormatsKeepWhatSomeOtherGraphAssertsToo() throws IOException {
        DatasetGraph parsed = IndependentParsers.parse(export(ExportFormat.NT, ExportScope.all().withoutInferred()), ExportFormat.NT);
        Graph asserted = union(expected, false);
        assertIsomorphic(asserted, parsed.getDefaultGraph(), "N-Triples without inferred triples");
        assertTrue(union(expected, true).size() > asserted.size(), "the inferred graph adds triples of its own");
    }

    @Test
    void anUnknownGraphIsRefusedNamingTheGraphsThereAre() {
        ExportException e = assertThrows(ExportException.class,
                () -> export(ExportFormat.TTL, ExportScope.graph("https://w3id.org/pactgraph/graph/nowhere")));
        assertTrue(e.oneLine().startsWith("The store has no graph <https://w3id.org/pactgraph/graph/nowhere> - give one of: "), e.oneLine());
        assertTrue(e.oneLine().contains(Iris.REFERENCE_GRAPH), e.oneLine());
    }

    @Test
    void theInferredGraphWithoutInferredTriplesIsAContradiction() {
        ExportException e = assertThrows(ExportException.class,
                () -> export(ExportFormat.TTL, ExportScope.graph(Iris.INFERRED_GRAPH).withoutInferred()));
        assertTrue(e.hint().contains("drop --no-inferred"), e.hint());
    }

    static List<Node> names(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(out::add);
        return out;
    }

    private static Graph union(DatasetGraph dsg, boolean inferred) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Node name : names(dsg)) {
            if (inferred || !name.getURI().equals(Iris.INFERRED_GRAPH)) dsg.getGraph(name).find().forEachRemaining(g::add);
        }
        return g;
    }

    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual, String what) {
        assertEquals(names(expected).stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList(),
                names(actual).stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList(), what + ": graph names");
        for (Node name : names(expected)) {
            assertIsomorphic(expected.getGraph(name), actual.getGraph(name), what + ", graph " + name.getURI());
        }
    }

    static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (expected.isIsomorphicWith(actual)) return;
        List<String> missing = new ArrayList<>();
        expected.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !actual.contains(t) && missing.size() < 5) missing.add(t.toString());
        });
        List<String> extra = new ArrayList<>();
        actual.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !expected.contains(t) && extra.size() < 5) extra.add(t.toString());
        });
        throw new AssertionError(what + " is not isomorphic to the store's: " + expected.size() + " triples expected, "
                + actual.size() + " read; missing e.g. " + missing + "; extra e.g. " + extra);
    }
}
