package org.pactgraph.reason;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes nodes, triples and axioms for people: IRIs with the standard prefixes, anonymous class
 * expressions in the Manchester syntax's words ({@code pact:Person and (pact:holdsPost some
 * pact:Post)}), lists and disjointness groups whole.
 */
public final class NodeText {
    private static final Set<Node> DEFINING = Set.of(OWL2.intersectionOf.asNode(), OWL2.unionOf.asNode(), OWL2.oneOf.asNode(),
            OWL2.complementOf.asNode(), OWL2.someValuesFrom.asNode(), OWL2.allValuesFrom.asNode(), OWL2.hasValue.asNode(),
            OWL2.maxCardinality.asNode(), OWL2.maxQualifiedCardinality.asNode());

    private final PrefixMapping prefixes;
    private final Schema schema;

    public NodeText(PrefixMapping prefixes, Schema schema) {
        this.prefixes = prefixes;
        this.schema = schema;
    }

    /** A node: a prefixed name, a literal in Turtle, or an anonymous class written out. */
    public String node(Node n) {
        if (n.isBlank()) return wrap(n, 0);
        return FmtUtils.stringForNode(n, prefixes);
    }

    /** A triple as {@code subject predicate object}, with {@code a} for rdf:type. */
    public String triple(Triple t) {
        String p = t.getPredicate().equals(RDF.type.asNode()) ? "a" : node(t.getPredicate());
        return node(t.getSubject()) + " " + p + " " + node(t.getObject());
    }

    /** An axiom, as readable as its kind allows. */
    public String axiom(Triple t) {
        Graph g = schema.source();
        Node s = t.getSubject();
        Node p = t.getPredicate();
        if (p.equals(OWL2.members.asNode()) || p.equals(OWL2.distinctMembers.asNode())) {
            String kind = g.contains(s, RDF.type.asNode(), OWL2.AllDisjointClasses.asNode()) ? "AllDisjointClasses"
                    : g.contains(s, RDF.type.asNode(), OWL2.AllDisjointProperties.asNode()) ? "AllDisjointProperties" : "AllDifferent";
            return kind + "(" + list(t.getObject(), ", ") + ")";
        }
        if (s.isBlank() && DEFINING.contains(p)) return expression(s, 0);
        if (p.equals(OWL2.assertionProperty.asNode())) return negativeAssertion(g, s);
        if (p.equals(OWL2.propertyChainAxiom.asNode()) || p.equals(OWL2.hasKey.asNode())) {
            return node(s) + " " + node(p) + " (" + list(t.getObject(), " ") + ")";
        }
        return triple(t);
    }

    private String expression(Node n, int depth) {
        if (!n.isBlank()) return node(n);
        if (depth > 8) return "[...]";
        Schema.ClassList and = schema.intersection(n);
        if (and != null) return group(and.members(), " and ", depth);
        Schema.ClassList or = schema.union(n);
        if (or != null) return group(or.members(), " or ", depth);
        Schema.ClassList one = schema.enumeration(n);
        if (one != null) return "{" + one.members().stream().map(this::node).collect(Collectors.joining(", ")) + "}";
        Schema.Disjoint not = schema.complements.get(n);
        if (not != null) return "not " + wrap(not.second(), depth);
        Schema.Restriction r = schema.restriction(n);
        if (r != null) {
            String p = node(r.property());
            return switch (r.kind()) {
                case SOME -> p + " some " + wrap(r.filler(), depth);
                case ALL -> p + " only " + wrap(r.filler(), depth);
                case VALUE -> p + " value " + node(r.filler());
                case MAX -> p + " max " + r.max() + (r.onClass() == null ? "" : " " + wrap(r.onClass(), depth));
            };
        }
        List<Node> items = schema.list(n);
        if (!items.isEmpty()) return items.stream().map(this::node).collect(Collectors.joining(" "));
        return "[]";
    }

    private String group(List<Node> members, String word, int depth) {
        return members.stream().map(m -> wrap(m, depth)).collect(Collectors.joining(word));
    }

    private String wrap(Node n, int depth) {
        return n.isBlank() ? "(" + expression(n, depth + 1) + ")" : node(n);
    }

    private String list(Node head, String separator) {
        return schema.list(head).stream().map(this::node).collect(Collectors.joining(separator));
    }

    private String negativeAssertion(Graph g, Node n) {
        StringBuilder b = new StringBuilder("NegativePropertyAssertion(");
        for (Node p : List.of(OWL2.assertionProperty.asNode(), OWL2.sourceIndividual.asNode(), OWL2.targetIndividual.asNode(), OWL2.targetValue.asNode())) {
            g.find(n, p, Node.ANY).forEachRemaining(t -> b.append(b.charAt(b.length() - 1) == '(' ? "" : " ").append(node(t.getObject())));
        }
        return b.append(')').toString();
    }
}
