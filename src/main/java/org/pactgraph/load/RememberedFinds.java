package org.pactgraph.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only view of a graph that keeps the answer to each question naming a subject or an
 * object, for validating a few resources on a large stored graph: SHACL asks the same questions
 * again and again (a focus node's types for each shape's target, a class's superclasses for each
 * {@code sh:class}), and each is a TDB2 index read. Questions naming neither (all the triples of
 * a predicate) are passed through, never kept. The graph below must not change while this is used.
 */
final class RememberedFinds extends GraphBase {
    private final Graph below;
    private final Map<Triple, List<Triple>> answers = new HashMap<>();

    RememberedFinds(Graph below) {
        this.below = below;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (!concrete(pattern.getSubject()) && !concrete(pattern.getObject())) return below.find(pattern);
        return WrappedIterator.create(answers.computeIfAbsent(pattern, p -> below.find(p).toList()).iterator());
    }

    private static boolean concrete(Node n) {
        return n != null && n.isConcrete();
    }
}
