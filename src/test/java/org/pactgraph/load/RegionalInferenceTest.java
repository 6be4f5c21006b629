package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.model.Iris;
import org.pactgraph.reason.AssertedGraph;
import org.pactgraph.reason.Materializer;

/**
 * The inferred graph that {@link RegionalInference} leaves in a TDB2 store after documents are
 * removed is the one a complete reasoning over what is left gives (what a full load writes), for
 * a resource that several documents share and that is typed only by a property's range or
 * domain ({@code src/test/resources/load/regional-inference/}).
 */
class RegionalInferenceTest {
    private static final String DIR = "src/test/resources/load/regional-inference/";
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);
    private static final Node FRIDAY = NodeFactory.createURI("https://example.org/regional#friday");
    private static final Node ACME = NodeFactory.createURI("https://example.org/regional#acme");

    @TempDir Path tmp;

    @Test
    void sharedResourceKeepsItsRangeAndDomainTypesWhileAnyDocumentSupportsThem() {
        Graph ontology = RdfFileReader.read(Path.of(DIR, "ontology.ttl"));
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("tdb")));
        try {
            Node a = NodeFactory.createURI(Iris.documentGraph("a"));
            Node b = NodeFactory.createURI(Iris.documentGraph("b"));
            Txn.executeWrite(dsg, () -> {
                put(dsg, NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), ontology);
                put(dsg, a, RdfFileReader.read(Path.of(DIR, "document-a.ttl")));
                put(dsg, b, RdfFileReader.read(Path.of(DIR, "document-b.ttl")));
                completeReasoning(dsg).forEach(t -> dsg.add(INFERRED, t.getSubject(), t.getPredicate(), t.getObject()));
            });

            remove(dsg, ontology, a);
            Set<Triple> afterOne = inferred(dsg);
            assertEquals(Txn.calculateRead(dsg, () -> completeReasoning(dsg)), afterOne, "after removing one of two supporting documents");
            assertTrue(afterOne.contains(Triple.create(FRIDAY, RDF.type.asNode(), NodeFactory.createURI("https://example.org/regional#Day"))));
            assertTrue(afterOne.contains(Triple.create(ACME, RDF.type.asNode(), NodeFactory.createURI("https://example.org/regional#Host"))));

            remove(dsg, ontology, b);
            Set<Triple> afterBoth = inferred(dsg);
            assertEquals(Txn.calculateRead(dsg, () -> completeReasoning(dsg)), afterBoth, "after removing both");
            assertTrue(afterBoth.stream().noneMatch(t -> t.getSubject().equals(FRIDAY) || t.getSubject().equals(ACME)), afterBoth.toString());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Drops a document graph and brings the inferred graph up to date as an incremental load does. */
    private static void remove(DatasetGraph dsg, Graph ontology, Node document) {
        Txn.executeWrite(dsg, () -> {
            List<Triple> changed = new ArrayList<>();
            dsg.find(document, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> changed.add(q.asTriple()));
            dsg.deleteAny(document, Node.ANY, Node.ANY, Node.ANY);
            new RegionalInference(ontology, GraphFactory.createDefaultGraph()).update(dsg, changed, Set.of(document), false);
        });
    }

    private static Set<Triple> completeReasoning(DatasetGraph dsg) {
        return new HashSet<>(new Materializer().inferred(new AssertedGraph(dsg)));
    }

    private static Set<Triple> inferred(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Triple> out = new HashSet<>();
            dsg.find(INFERRED, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    private static void put(DatasetGraph dsg, Node name, Graph g) {
        g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
