package org.pactgraph.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.constraint.CardinalityConstraint;
import org.apache.jena.shacl.engine.constraint.HasValueConstraint;
import org.apache.jena.shacl.engine.constraint.MinCount;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;

/**
 * The statements of the data behind one SHACL result. On a path the shapes use (a property, an
 * inverse, alternatives, a sequence of those), the triples that lead from the focus along it,
 * narrowed to those reaching the value the result names when the constraint judged that value
 * ({@code sh:class}, {@code sh:datatype}, {@code sh:or} on values...). A result that reports a
 * missing value ({@code sh:minCount}, {@code sh:qualifiedMinCount}, {@code sh:hasValue}), one on
 * the resource as a whole (no path), and one on a path not followed here are behind the focus's
 * whole description: every triple whose subject it is, and every triple whose object it is but
 * for the reification of a statement ({@code rdf:subject}, {@code rdf:object} of an evidence
 * node, which describes the statement, not the resource).
 */
final class BreachStatements {
    private BreachStatements() {}

    static Set<Triple> of(Graph data, ReportEntry e) {
        Node focus = e.focusNode();
        boolean missing = e.constraint() instanceof MinCount || e.constraint() instanceof QualifiedValueShape
                || e.constraint() instanceof HasValueConstraint;
        if (e.resultPath() != null && !missing) {
            Map<Node, Set<Triple>> reached = reach(data, focus, e.resultPath());
            if (reached != null) {
                Set<Triple> out = new HashSet<>();
                boolean aboutValue = e.value() != null && !(e.constraint() instanceof CardinalityConstraint);
                reached.forEach((end, via) -> {
                    if (!aboutValue || end.equals(e.value())) out.addAll(via);
                });
                if (!out.isEmpty()) return out;
            }
        }
        return description(data, focus);
    }

    /** For each node the path reaches from {@code from}, the triples that lead there; null for a path not followed here. */
    private static Map<Node, Set<Triple>> reach(Graph g, Node from, Path path) {
        Map<Node, Set<Triple>> out = new HashMap<>();
        switch (path) {
            case P_Link link -> g.find(from, link.getNode(), Node.ANY).forEachRemaining(t -> add(out, t.getObject(), Set.of(t)));
            case P_ReverseLink link -> g.find(Node.ANY, link.getNode(), from).forEachRemaining(t -> add(out, t.getSubject(), Set.of(t)));
            case P_Inverse inverse when inverse.getSubPath() instanceof P_Link link ->
                    g.find(Node.ANY, link.getNode(), from).forEachRemaining(t -> add(out, t.getSubject(), Set.of(t)));
            case P_Alt alt -> {
                Map<Node, Set<Triple>> left = reach(g, from, alt.getLeft());
                Map<Node, Set<Triple>> right = reach(g, from, alt.getRight());
                if (left == null || right == null) return null;
                left.forEach((n, via) -> add(out, n, via));
                right.forEach((n, via) -> add(out, n, via));
            }
            case P_Seq seq -> {
                Map<Node, Set<Triple>> first = reach(g, from, seq.getLeft());
                if (first == null) return null;
                for (var step : first.entrySet()) {
                    Map<Node, Set<Triple>> then = reach(g, step.getKey(), seq.getRight());
                    if (then == null) return null;
                    then.forEach((n, via) -> {
                        add(out, n, step.getValue());
                        add(out, n, via);
                    });
                }
            }
            default -> {
                return null;
            }
        }
        return out;
    }

    private static void add(Map<Node, Set<Triple>> out, Node end, Set<Triple> via) {
        out.computeIfAbsent(end, n -> new HashSet<>()).addAll(via);
    }

    private static Set<Triple> description(Graph g, Node focus) {
        Set<Triple> out = new HashSet<>(g.find(focus, Node.ANY, Node.ANY).toList());
        g.find(Node.ANY, Node.ANY, focus).filterDrop(t -> TouchedResources.REIFYING.contains(t.getPredicate())).forEachRemaining(out::add);
        return out;
    }
}
