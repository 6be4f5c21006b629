package org.pactgraph.reason;

import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.pactgraph.model.Iris;
import org.pactgraph.store.UnionByNodeId;

/**
 * The asserted triples of a dataset, read-only: the union of every named graph but the inferred
 * one, each triple once. What the reasoner reasons from and what its schema is read from (an
 * inferred subclass link is a conclusion, never an axiom). The caller holds a read transaction.
 */
public final class AssertedGraph extends GraphBase {
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);

    private final DatasetGraph dsg;
    private final Optional<UnionByNodeId> byNodeId;

    public AssertedGraph(DatasetGraph dsg) {
        this.dsg = dsg;
        this.byNodeId = UnionByNodeId.of(dsg, INFERRED);
    }

    /** True for a quad of an asserted graph. */
    public static boolean isAsserted(Quad q) {
        return !q.getGraph().equals(INFERRED);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        // In TDB2, without decoding the graph of every quad: a triple that thousands of document graphs repeat is read fast.
        Optional<java.util.Iterator<Triple>> fast = byNodeId.flatMap(u -> u.find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject()));
        if (fast.isPresent()) return WrappedIterator.create(fast.get());
        var quads = Iter.filter(dsg.find(Node.ANY, pattern.getSubject(), pattern.getPredicate(), pattern.getObject()), AssertedGraph::isAsserted);
        return WrappedIterator.create(Iter.distinct(Iter.map(quads, Quad::asTriple)));
    }
}
