package org.pactgraph.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.docs.ModelShape.Association;
import org.pactgraph.docs.ModelShape.Attribute;
import org.pactgraph.docs.ModelShape.Link;

/**
 * Reads the {@link ModelShape} of an ontology graph. A union domain or range ({@code A or B})
 * gives one association per member; an intersection, its named members (a subject of the
 * property is each of them); any other class expression, and a missing domain or range, is
 * {@code owl:Thing}; a property with neither is not drawn. A class defined as an intersection with a named class ({@code Official ≡
 * Person and ...}) is drawn as that class's subclass.
 */
public final class ModelShapeReader {
    private static final Comparator<Association> ASSOCIATION_ORDER = Comparator.comparing(Association::domain)
            .thenComparing(Association::property).thenComparing(Association::range);
    private static final Comparator<Link> LINK_ORDER = Comparator.comparing(Link::from).thenComparing(Link::to);

    private static final int MAX_NESTING = 8;

    private final Graph graph;

    private ModelShapeReader(Graph graph) {
        this.graph = graph;
    }

    /** The shape of the ontology in the graph. */
    public static ModelShape read(Graph ontology) {
        return new ModelShapeReader(ontology).shape();
    }

    private ModelShape shape() {
        Set<String> classes = new TreeSet<>();
        for (Node c : subjectsOfType(OWL2.Class.asNode())) {
            if (c.isURI()) classes.add(c.getURI());
        }
        List<Link> superclasses = new ArrayList<>();
        List<Link> equivalents = new ArrayList<>();
        for (String c : List.copyOf(classes)) {
            Node cn = NodeFactory.createURI(c);
            for (Node sup : objects(cn, RDFS.subClassOf.asNode())) {
                namedParts(sup).forEach(s -> superclasses.add(new Link(c, s)));
            }
            for (Node eq : objects(cn, OWL2.equivalentClass.asNode())) {
                if (eq.isURI()) {
                    equivalents.add(new Link(c, eq.getURI()));
                } else {
                    namedParts(eq).forEach(s -> superclasses.add(new Link(c, s)));
                }
            }
        }
        Map<String, List<Attribute>> attributes = new TreeMap<>();
        for (Node p : subjectsOfType(OWL2.DatatypeProperty.asNode())) {
            if (!drawn(p)) continue;
            Attribute a = attribute(p);
            for (String d : endpoints(p, RDFS.domain.asNode())) {
                attributes.computeIfAbsent(d, k -> new ArrayList<>()).add(a);
            }
        }
        attributes.values().forEach(list -> list.sort(Comparator.comparing(Attribute::property)));
        List<Association> associations = new ArrayList<>();
        for (Node p : subjectsOfType(OWL2.ObjectProperty.asNode())) {
            if (!drawn(p)) continue;
            for (String d : endpoints(p, RDFS.domain.asNode())) {
                for (String r : endpoints(p, RDFS.range.asNode())) {
                    associations.add(new Association(d, p.getURI(), r));
                }
            }
        }
        superclasses.forEach(l -> classes.add(l.to()));
        equivalents.forEach(l -> classes.add(l.to()));
        associations.forEach(a -> {
            classes.add(a.domain());
            classes.add(a.range());
        });
        classes.addAll(attributes.keySet());
        superclasses.sort(LINK_ORDER);
        equivalents.sort(LINK_ORDER);
        associations.sort(ASSOCIATION_ORDER);
        return new ModelShape(List.copyOf(classes), attributes, dedupe(superclasses), dedupe(equivalents), dedupe(associations));
    }

    private static <T> List<T> dedupe(List<T> sorted) {
        return List.copyOf(new LinkedHashSet<>(sorted));
    }

    /**
     * Whether a property is drawn: one with neither domain nor range is only declared (as OWL 2 DL
     * asks of the reused terms an ontology uses) and says nothing about the model's shape.
     */
    private boolean drawn(Node p) {
        return p.isURI() && !(objects(p, RDFS.domain.asNode()).isEmpty() && objects(p, RDFS.range.asNode()).isEmpty());
    }

    private Attribute attribute(Node p) {
        List<Node> ranges = objects(p, RDFS.range.asNode());
        if (ranges.isEmpty()) return new Attribute(p.getURI(), RDFS.Literal.getURI(), List.of());
        Node range = ranges.getFirst();
        if (range.isURI()) return new Attribute(p.getURI(), range.getURI(), List.of());
        Node oneOf = object(range, OWL2.oneOf.asNode());
        List<String> values = oneOf == null ? List.of() : members(oneOf).stream().map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).toList();
        return new Attribute(p.getURI(), values.isEmpty() ? RDFS.Literal.getURI() : null, values);
    }

    /** The named classes at one end of a property: the members of a union, owl:Thing when none is named. */
    private Set<String> endpoints(Node property, Node end) {
        Set<String> out = new TreeSet<>();
        for (Node e : objects(property, end)) {
            out.addAll(namedParts(e));
        }
        if (out.isEmpty()) out.add(OWL2.Thing.getURI());
        return out;
    }

    /** A named class itself; the named classes a union or intersection is made of; nothing for other expressions. */
    private List<String> namedParts(Node expression) {
        return namedParts(expression, 0);
    }

    private List<String> namedParts(Node expression, int depth) {
        if (expression.isURI()) return List.of(expression.getURI());
        // Unions nest a few levels at most; a deeper or cyclic one (a list holding itself) is cut off.
        if (!expression.isBlank() || depth > MAX_NESTING) return List.of();
        Node list = object(expression, OWL2.unionOf.asNode());
        if (list == null) list = object(expression, OWL2.intersectionOf.asNode());
        if (list == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Node member : members(list)) {
            // A union nested in a union is flattened; deeper expressions (restrictions) name no class.
            if (member.isURI()) out.add(member.getURI());
            else if (object(member, OWL2.unionOf.asNode()) != null) out.addAll(namedParts(member, depth + 1));
        }
        return out;
    }

    private List<Node> members(Node head) {
        List<Node> out = new ArrayList<>();
        Set<Node> seen = new java.util.HashSet<>();
        for (Node n = head; n != null && !n.equals(RDF.nil.asNode()) && seen.add(n); n = object(n, RDF.rest.asNode())) {
            Node first = object(n, RDF.first.asNode());
            if (first != null) out.add(first);
        }
        return out;
    }

    private List<Node> subjectsOfType(Node type) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = graph.find(Node.ANY, RDF.type.asNode(), type);
        try {
            it.forEachRemaining(t -> out.add(t.getSubject()));
        } finally {
            it.close();
        }
        return out;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(t -> out.add(t.getObject()));
        } finally {
            it.close();
        }
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private Node object(Node s, Node p) {
        List<Node> all = objects(s, p);
        return all.isEmpty() ? null : all.getFirst();
    }
}
