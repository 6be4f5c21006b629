package org.pactgraph.validate;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * The resources whose shapes a changed statement may have broken, to validate again: the two it
 * names, and whatever links to its subject (a statement of evidence that names it by
 * {@code rdf:subject} or {@code rdf:object} does not count). Both the load, after it sent facts to
 * review, and a reviewer's approval check these.
 */
public final class TouchedResources {
    /**
     * The predicates by which an evidence node reifies a statement: a link by one of them describes
     * the statement, not the resource it names ({@link BreachStatements} leaves them out too).
     */
    static final Set<Node> REIFYING = Set.of(RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode());

    private TouchedResources() {}

    /** The resources to validate again after {@code t} was added or removed; the caller holds a transaction. */
    public static Set<Node> of(DatasetGraph dsg, Triple t) {
        Set<Node> out = new HashSet<>();
        out.add(t.getSubject());
        if (!t.getObject().isLiteral()) out.add(t.getObject());
        dsg.find(Node.ANY, Node.ANY, Node.ANY, t.getSubject()).forEachRemaining(q -> {
            if (!REIFYING.contains(q.getPredicate())) out.add(q.getSubject());
        });
        return out;
    }
}
