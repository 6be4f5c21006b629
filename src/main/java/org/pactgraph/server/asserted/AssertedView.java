package org.pactgraph.server.asserted;

import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.pactgraph.model.Iris;
import org.pactgraph.reason.AssertedGraph;

/**
 * The store without its inferred graph: every named graph but graph/inferred, and their union
 * as the default graph. A view, not a copy: it reads the same TDB2 store, so it is always in
 * step with it. Marked as a view so that no query engine unwraps it to the store underneath,
 * and with a context of its own so that settings made for it stay with it.
 */
final class AssertedView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);

    AssertedView(DatasetGraph store) {
        super(store, store.getContext() == null ? Context.create() : store.getContext().copy());
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(new AssertedGraph(get()));
    }

    @Override
    public Graph getUnionGraph() {
        return getDefaultGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) return getDefaultGraph();
        if (INFERRED.equals(graphNode)) return Graph.emptyGraph;
        return new GraphReadOnly(get().getGraph(graphNode));
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return !INFERRED.equals(graphNode) && get().containsGraph(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(get().listGraphNodes(), g -> !INFERRED.equals(g));
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad q) {
        return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))) {
            return Iter.map(getDefaultGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
        }
        return Iter.filter(get().find(g, s, p, o), AssertedGraph::isAsserted);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Iter.filter(get().findNG(g, s, p, o), AssertedGraph::isAsserted);
    }

    @Override
    public Stream<Quad> stream(Node g, Node s, Node p, Node o) {
        return Iter.asStream(find(g, s, p, o));
    }

    @Override
    public Stream<Quad> stream() {
        return stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public boolean contains(Quad q) {
        return find(q).hasNext();
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !find().hasNext();
    }
}
