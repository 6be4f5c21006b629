package org.pactgraph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.reason.Materialization;
import org.pactgraph.reason.Materializer;
import org.pactgraph.reason.Schema;

/**
 * What one triple of a property implies for its two ends, found by asking the reasoner: the
 * named classes its subject and object fall into (domains, ranges, inverses, superproperties),
 * and the unions one of whose members they must be in. Data that gives the property only to
 * individuals already in those classes cannot contradict the ontology through it; a class
 * defined by an equivalence (pact:Official) is left for the reasoner to conclude.
 */
record PropertyShape(Node property, Set<Node> subjectClasses, List<List<Node>> subjectUnions,
                     Set<Node> objectClasses, List<List<Node>> objectUnions, boolean transitive) {
    /**
     * The shapes of the properties, found with one materialisation in which each property links
     * two fresh individuals of its own; a property of which even one triple contradicts the
     * ontology gets no shape.
     */
    static List<PropertyShape> probe(Graph ontology, Schema schema, List<Node> properties) {
        Graph g = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(g::add);
        for (int i = 0; i < properties.size(); i++) g.add(Triple.create(end(i, "s"), properties.get(i), end(i, "o")));
        Materialization m = new Materializer().materialize(g);
        Set<Node> clashing = new java.util.HashSet<>();
        m.clashes().forEach(c -> clashing.addAll(c.resources()));
        List<PropertyShape> out = new ArrayList<>();
        Node transitive = org.apache.jena.vocabulary.OWL2.TransitiveProperty.asNode();
        for (int i = 0; i < properties.size(); i++) {
            Node p = properties.get(i);
            Node a = end(i, "s");
            Node b = end(i, "o");
            if (clashing.contains(a) || clashing.contains(b)) continue;
            boolean isTransitive = schema.characteristic(p, transitive) != null
                    || schema.superPropertiesOf(p).stream().anyMatch(q -> schema.characteristic(q, transitive) != null);
            out.add(new PropertyShape(p, required(m.inferred(), a, schema), unions(schema, p, true),
                    required(m.inferred(), b, schema), unions(schema, p, false), isTransitive));
        }
        return out;
    }

    private static Node end(int i, String which) {
        return NodeFactory.createURI("urn:pactgraph:probe:" + i + ":" + which);
    }

    /**
     * The named classes an end of the property falls into, but for classes defined as equivalent
     * to a class expression (such as pact:Official): those are what the reasoner is to conclude,
     * not what the data must already say.
     */
    private static Set<Node> required(Graph inferred, Node x, Schema schema) {
        Set<Node> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        inferred.find(x, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !defined(schema, t.getObject())) out.add(t.getObject());
        });
        return out;
    }

    private static boolean defined(Schema schema, Node c) {
        return schema.linksInto(c).stream().anyMatch(l -> l.rule().equals("cax-eqc2") && l.sub().isBlank());
    }

    /** Domains (or ranges) of the property and its superproperties that are unions: RL draws nothing from them, a DL reasoner does. */
    private static List<List<Node>> unions(Schema schema, Node p, boolean subject) {
        List<List<Node>> out = new ArrayList<>();
        List<Node> props = new ArrayList<>(List.of(p));
        props.addAll(schema.superPropertiesOf(p));
        for (Node q : props) {
            for (Schema.Declaration d : subject ? schema.domains(q) : schema.ranges(q)) {
                Schema.ClassList union = schema.union(d.value());
                if (union != null) out.add(union.members());
            }
            for (Schema.Declaration inv : schema.inverses(q)) {
                for (Schema.Declaration d : subject ? schema.ranges(inv.value()) : schema.domains(inv.value())) {
                    Schema.ClassList union = schema.union(d.value());
                    if (union != null) out.add(union.members());
                }
            }
        }
        return out;
    }

    /** True when an individual whose classes (its class and all above it) are these may be the subject. */
    boolean fitsSubject(Set<Node> classes) {
        return fits(classes, subjectClasses, subjectUnions);
    }

    boolean fitsObject(Set<Node> classes) {
        return fits(classes, objectClasses, objectUnions);
    }

    private static boolean fits(Set<Node> classes, Set<Node> required, List<List<Node>> unions) {
        if (!classes.containsAll(required)) return false;
        for (List<Node> union : unions) {
            if (union.stream().noneMatch(classes::contains)) return false;
        }
        return true;
    }
}
