package org.pactgraph.store;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct triples of a TDB2 dataset's named graphs, optionally leaving one graph out, found
 * by reading TDB2's quad indexes as node ids: only the subject, predicate and object of each
 * distinct triple are turned back into nodes, never the graph of each quad.
 *
 * <p>Through {@code DatasetGraph.find} every quad's graph name is decoded, and a resource that
 * ten thousand document graphs repeat (a university's type, a theme) has ten thousand of them,
 * each read from the node table past its cache: finding the types of a few such resources took
 * an incremental load's validation seconds at 10,000 documents. Here the quads of one triple
 * lie next to each other in the index (its graph comes last), so they collapse into one without
 * a set. The caller holds a transaction on the dataset; a dataset whose stored default graph
 * holds triples is read through {@code find} instead (no load writes there).
 */
public final class UnionByNodeId {
    private final DatasetGraph dsg;
    private final Node leftOut;

    private UnionByNodeId(DatasetGraph dsg, Node leftOut) {
        this.dsg = dsg;
        this.leftOut = leftOut;
    }

    /**
     * The union of the named graphs of a TDB2 dataset but {@code leftOut} (none when null), or
     * empty when the dataset is not a TDB2 database.
     */
    public static Optional<UnionByNodeId> of(DatasetGraph dsg, Node leftOut) {
        return TDBInternal.isTDB2(dsg) ? Optional.of(new UnionByNodeId(dsg, leftOut)) : Optional.empty();
    }

    /**
     * The distinct triples matching the pattern ({@code Node.ANY} or null for any) in the graphs
     * of the union, or empty when the stored default graph holds triples (the caller then reads
     * through {@code DatasetGraph.find}).
     */
    public Optional<Iterator<Triple>> find(Node s, Node p, Node o) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (!tdb.getTripleTable().isEmpty()) return Optional.empty();
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId[] pattern = {NodeId.NodeIdAny, id(nodes, s), id(nodes, p), id(nodes, o)};
        for (NodeId id : pattern) {
            if (NodeId.isDoesNotExist(id)) return Optional.of(Iter.nullIterator());
        }
        NodeId without = leftOut == null ? NodeId.NodeDoesNotExist : nodes.getNodeIdForNode(leftOut);
        Iterator<Tuple<NodeId>> found = quads.find(pattern);
        Iterator<Tuple<NodeId>> kept = NodeId.isDoesNotExist(without) ? found : Iter.filter(found, q -> !q.get(0).equals(without));
        // Quad tuples come in G, S, P, O order; dropping G leaves the triple.
        Iterator<Tuple<NodeId>> triples = Iter.map(kept, q -> TupleFactory.tuple(q.get(1), q.get(2), q.get(3)));
        // With a subject, predicate or object given, TDB2 reads an index that ends in the graph: duplicates are adjacent.
        boolean adjacent = pattern[1] != NodeId.NodeIdAny || pattern[2] != NodeId.NodeIdAny || pattern[3] != NodeId.NodeIdAny;
        Iterator<Tuple<NodeId>> distinct = adjacent ? Iter.distinctAdjacent(triples) : Iter.distinct(triples);
        return Optional.of(Iter.map(distinct, t -> Triple.create(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)),
                nodes.getNodeForNodeId(t.get(2)))));
    }

    private static NodeId id(NodeTable nodes, Node n) {
        return n == null || n.equals(Node.ANY) ? NodeId.NodeIdAny : nodes.getNodeIdForNode(n);
    }
}
