package org.pactgraph.reason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Computes the entailments of the loaded ontologies over the data, forward and once, so that
 * queries read them like asserted triples. Each new triple is matched against the compiled
 * {@link Schema} and joined with what is already known (semi-naive evaluation: a rule fires only
 * when one of its premises is new). The rules are those of OWL 2 RL for class and property
 * hierarchies, domain and range, inverse, symmetric and transitive properties, two-step
 * property chains, intersections and existential restrictions.
 */
public final class Materializer {
    /**
     * The triples entailed by the graph that it does not already contain. Types whose class is
     * a blank node (an anonymous restriction) are kept out: they name nothing a user can ask for.
     */
    public Graph inferred(Graph asserted) {
        Schema schema = Schema.of(asserted);
        Graph all = GraphFactory.createDefaultGraph();
        asserted.find().forEachRemaining(all::add);
        Graph out = GraphFactory.createDefaultGraph();
        Deque<Triple> agenda = new ArrayDeque<>();
        asserted.find().forEachRemaining(agenda::add);
        while (!agenda.isEmpty()) {
            Triple t = agenda.poll();
            for (Triple derived : consequences(t, all, schema)) {
                if (!all.contains(derived)) {
                    all.add(derived);
                    agenda.add(derived);
                    if (!derived.getObject().isBlank() && !derived.getSubject().isBlank()) {
                        out.add(derived);
                    }
                }
            }
        }
        return out;
    }

    private static List<Triple> consequences(Triple t, Graph all, Schema schema) {
        List<Triple> out = new ArrayList<>();
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (p.equals(RDF.type.asNode())) {
            typeConsequences(s, o, all, schema, out);
            return out;
        }
        for (Node sup : schema.superProperties.getOrDefault(p, Set.of())) out.add(Triple.create(s, sup, o));
        for (Node d : schema.domains.getOrDefault(p, Set.of())) out.add(Triple.create(s, RDF.type.asNode(), d));
        if (!o.isLiteral()) {
            for (Node r : schema.ranges.getOrDefault(p, Set.of())) out.add(Triple.create(o, RDF.type.asNode(), r));
            for (Node inv : schema.inverses.getOrDefault(p, Set.of())) out.add(Triple.create(o, inv, s));
            if (schema.symmetric.contains(p)) out.add(Triple.create(o, p, s));
            if (schema.transitive.contains(p)) {
                all.find(o, p, Node.ANY).forEachRemaining(x -> out.add(Triple.create(s, p, x.getObject())));
                all.find(Node.ANY, p, s).forEachRemaining(x -> out.add(Triple.create(x.getSubject(), p, o)));
            }
            for (Node[] chain : schema.chains) {
                if (chain[0].equals(p)) {
                    all.find(o, chain[1], Node.ANY).forEachRemaining(x -> out.add(Triple.create(s, chain[2], x.getObject())));
                }
                if (chain[1].equals(p)) {
                    all.find(Node.ANY, chain[0], s).forEachRemaining(x -> out.add(Triple.create(x.getSubject(), chain[2], o)));
                }
            }
            for (Node restriction : schema.restrictionsOnProperty.getOrDefault(p, Set.of())) {
                Node filler = schema.someValuesFrom.get(restriction)[1];
                if (all.contains(o, RDF.type.asNode(), filler)) out.add(Triple.create(s, RDF.type.asNode(), restriction));
            }
        }
        return out;
    }

    private static void typeConsequences(Node s, Node cls, Graph all, Schema schema, List<Triple> out) {
        for (Node sup : schema.superClassesOf(cls)) out.add(Triple.create(s, RDF.type.asNode(), sup));
        for (Node intersection : schema.intersectionsOfMember.getOrDefault(cls, Set.of())) {
            boolean complete = schema.intersections.get(intersection).stream()
                    .allMatch(m -> m.equals(cls) || all.contains(s, RDF.type.asNode(), m));
            if (complete) out.add(Triple.create(s, RDF.type.asNode(), intersection));
        }
        // An existential restriction whose filler this new type satisfies.
        schema.someValuesFrom.forEach((restriction, pf) -> {
            if (pf[1].equals(cls)) {
                all.find(Node.ANY, pf[0], s).forEachRemaining(x -> out.add(Triple.create(x.getSubject(), RDF.type.asNode(), restriction)));
            }
        });
    }
}
