package org.pactgraph.reason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The axioms of the loaded ontologies, compiled into lookup tables that the materialiser
 * consults for each new triple: superclasses and superproperties (closed under transitivity and
 * equivalence), domains, ranges, inverses, symmetric and transitive properties, property chains,
 * intersections and existential restrictions. Built from whatever ontologies are loaded, so
 * that a user's own ontology gets its entailments too.
 */
final class Schema {
    final Map<Node, Set<Node>> superClasses = new HashMap<>();
    final Map<Node, Set<Node>> superProperties = new HashMap<>();
    final Map<Node, Set<Node>> domains = new HashMap<>();
    final Map<Node, Set<Node>> ranges = new HashMap<>();
    final Map<Node, Set<Node>> inverses = new HashMap<>();
    final Set<Node> symmetric = new HashSet<>();
    final Set<Node> transitive = new HashSet<>();
    /** Chains of two properties (first, second) to the property they imply. */
    final List<Node[]> chains = new ArrayList<>();
    /** Intersection class to its member classes. */
    final Map<Node, List<Node>> intersections = new HashMap<>();
    /** Member class to the intersections it takes part in. */
    final Map<Node, Set<Node>> intersectionsOfMember = new HashMap<>();
    /** someValuesFrom restriction to {property, filler}. */
    final Map<Node, Node[]> someValuesFrom = new HashMap<>();
    /** Property to the someValuesFrom restrictions on it. */
    final Map<Node, Set<Node>> restrictionsOnProperty = new HashMap<>();

    static Schema of(Graph g) {
        Schema s = new Schema();
        Map<Node, Set<Node>> directClasses = new HashMap<>();
        Map<Node, Set<Node>> directProperties = new HashMap<>();
        each(g, RDFS.subClassOf.asNode(), t -> put(directClasses, t.getSubject(), t.getObject()));
        each(g, OWL2.equivalentClass.asNode(), t -> {
            put(directClasses, t.getSubject(), t.getObject());
            put(directClasses, t.getObject(), t.getSubject());
        });
        each(g, RDFS.subPropertyOf.asNode(), t -> put(directProperties, t.getSubject(), t.getObject()));
        each(g, OWL2.equivalentProperty.asNode(), t -> {
            put(directProperties, t.getSubject(), t.getObject());
            put(directProperties, t.getObject(), t.getSubject());
        });
        // An intersection is a subclass of each of its members (OWL 2 RL cls-int2).
        each(g, OWL2.intersectionOf.asNode(), t -> RdfLists.toList(g, t.getObject()).forEach(m -> put(directClasses, t.getSubject(), m)));
        close(directClasses, s.superClasses);
        close(directProperties, s.superProperties);
        each(g, RDFS.domain.asNode(), t -> put(s.domains, t.getSubject(), t.getObject()));
        each(g, RDFS.range.asNode(), t -> put(s.ranges, t.getSubject(), t.getObject()));
        each(g, OWL2.inverseOf.asNode(), t -> {
            put(s.inverses, t.getSubject(), t.getObject());
            put(s.inverses, t.getObject(), t.getSubject());
        });
        g.find(Node.ANY, RDF.type.asNode(), OWL2.SymmetricProperty.asNode()).forEachRemaining(t -> s.symmetric.add(t.getSubject()));
        g.find(Node.ANY, RDF.type.asNode(), OWL2.TransitiveProperty.asNode()).forEachRemaining(t -> s.transitive.add(t.getSubject()));
        each(g, OWL2.propertyChainAxiom.asNode(), t -> {
            List<Node> chain = RdfLists.toList(g, t.getObject());
            if (chain.size() == 2) s.chains.add(new Node[] {chain.get(0), chain.get(1), t.getSubject()});
        });
        each(g, OWL2.intersectionOf.asNode(), t -> {
            List<Node> members = RdfLists.toList(g, t.getObject());
            s.intersections.put(t.getSubject(), members);
            members.forEach(m -> put(s.intersectionsOfMember, m, t.getSubject()));
        });
        each(g, OWL2.someValuesFrom.asNode(), t -> {
            Node property = single(g, t.getSubject(), OWL2.onProperty.asNode());
            if (property != null) {
                s.someValuesFrom.put(t.getSubject(), new Node[] {property, t.getObject()});
                put(s.restrictionsOnProperty, property, t.getSubject());
            }
        });
        return s;
    }

    Set<Node> superClassesOf(Node c) {
        return superClasses.getOrDefault(c, Set.of());
    }

    private static void each(Graph g, Node p, java.util.function.Consumer<Triple> action) {
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(action);
    }

    private static Node single(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static void put(Map<Node, Set<Node>> map, Node k, Node v) {
        map.computeIfAbsent(k, x -> new HashSet<>()).add(v);
    }

    /** Transitive closure, without the node itself. */
    private static void close(Map<Node, Set<Node>> direct, Map<Node, Set<Node>> out) {
        for (Node start : direct.keySet()) {
            Set<Node> seen = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (seen.add(n)) todo.addAll(direct.getOrDefault(n, Set.of()));
            }
            seen.remove(start);
            out.put(start, seen);
        }
    }
}
