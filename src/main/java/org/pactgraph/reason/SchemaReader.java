package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Reads OWL axioms from their RDF triples into a {@link Schema}. */
final class SchemaReader {
    private static final List<Node> CHARACTERISTICS = List.of(OWL2.TransitiveProperty.asNode(), OWL2.SymmetricProperty.asNode(),
            OWL2.FunctionalProperty.asNode(), OWL2.InverseFunctionalProperty.asNode(), OWL2.IrreflexiveProperty.asNode(),
            OWL2.AsymmetricProperty.asNode());

    private final Graph g;
    private final Schema s;

    SchemaReader(Graph g, Schema s) {
        this.g = g;
        this.s = s;
    }

    void read() {
        readClassAxioms();
        readRestrictions();
        readPropertyAxioms();
    }

    private void readClassAxioms() {
        each(RDFS.subClassOf.asNode(), t -> classLink(t.getSubject(), t.getObject(), "cax-sco", t));
        each(OWL2.equivalentClass.asNode(), t -> {
            classLink(t.getSubject(), t.getObject(), "cax-eqc1", t);
            classLink(t.getObject(), t.getSubject(), "cax-eqc2", t);
        });
        each(OWL2.intersectionOf.asNode(), t -> {
            Schema.ClassList list = new Schema.ClassList(t.getSubject(), list(t.getObject()), t);
            s.intersections.put(t.getSubject(), list);
            list.members().forEach(m -> classLink(t.getSubject(), m, "cls-int2", t));
        });
        each(OWL2.unionOf.asNode(), t -> {
            Schema.ClassList list = new Schema.ClassList(t.getSubject(), list(t.getObject()), t);
            s.unions.put(t.getSubject(), list);
            list.members().forEach(m -> classLink(m, t.getSubject(), "cls-uni", t));
        });
        each(OWL2.oneOf.asNode(), t -> s.enumerations.put(t.getSubject(), new Schema.ClassList(t.getSubject(), list(t.getObject()), t)));
        each(OWL2.complementOf.asNode(), t -> s.complements.put(t.getSubject(), new Schema.Disjoint(t.getSubject(), t.getObject(), t)));
        each(OWL2.disjointWith.asNode(), t -> s.disjointClasses.add(new Schema.Disjoint(t.getSubject(), t.getObject(), t)));
        pairwise(OWL2.AllDisjointClasses.asNode(), s.disjointClasses);
        each(OWL2.hasKey.asNode(), t -> s.keys.add(new Schema.Key(t.getSubject(), list(t.getObject()), t)));
        g.find(Node.ANY, RDF.type.asNode(), OWL2.AllDifferent.asNode()).toList().forEach(t -> {
            Triple members = first(t.getSubject(), OWL2.members.asNode());
            if (members == null) members = first(t.getSubject(), OWL2.distinctMembers.asNode());
            if (members != null) s.allDifferent.add(new Schema.ClassList(t.getSubject(), list(members.getObject()), members));
        });
    }

    private void readRestrictions() {
        each(OWL2.onProperty.asNode(), t -> {
            Node r = t.getSubject();
            Node p = t.getObject();
            if (!p.isURI()) return;
            Triple some = first(r, OWL2.someValuesFrom.asNode());
            Triple all = first(r, OWL2.allValuesFrom.asNode());
            Triple value = first(r, OWL2.hasValue.asNode());
            Triple max = first(r, OWL2.maxCardinality.asNode());
            Triple maxQ = first(r, OWL2.maxQualifiedCardinality.asNode());
            if (some != null) {
                put(new Schema.Restriction(r, Schema.RestrictionKind.SOME, p, some.getObject(), 0, null, some));
            } else if (all != null) {
                put(new Schema.Restriction(r, Schema.RestrictionKind.ALL, p, all.getObject(), 0, null, all));
            } else if (value != null) {
                put(new Schema.Restriction(r, Schema.RestrictionKind.VALUE, p, value.getObject(), 0, null, value));
            } else if (max != null && atMostOne(max.getObject())) {
                put(new Schema.Restriction(r, Schema.RestrictionKind.MAX, p, null, number(max.getObject()), null, max));
            } else if (maxQ != null && atMostOne(maxQ.getObject())) {
                Triple onClass = first(r, OWL2.onClass.asNode());
                // A qualified restriction on a data range is left out: literals carry no types here.
                if (onClass != null) {
                    put(new Schema.Restriction(r, Schema.RestrictionKind.MAX, p, null, number(maxQ.getObject()), onClass.getObject(), maxQ));
                }
            }
        });
    }

    private void readPropertyAxioms() {
        each(RDFS.subPropertyOf.asNode(), t -> propertyLink(t.getSubject(), t.getObject(), "prp-spo1", t));
        each(OWL2.equivalentProperty.asNode(), t -> {
            propertyLink(t.getSubject(), t.getObject(), "prp-eqp1", t);
            propertyLink(t.getObject(), t.getSubject(), "prp-eqp2", t);
        });
        each(OWL2.inverseOf.asNode(), t -> {
            if (!t.getSubject().isURI() || !t.getObject().isURI()) return;
            declare(s.inverses, t.getSubject(), t.getObject(), t);
            declare(s.inverses, t.getObject(), t.getSubject(), t);
        });
        each(RDFS.domain.asNode(), t -> declare(s.domains, t.getSubject(), t.getObject(), t));
        each(RDFS.range.asNode(), t -> declare(s.ranges, t.getSubject(), t.getObject(), t));
        for (Node c : CHARACTERISTICS) {
            g.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t ->
                    s.characteristics.computeIfAbsent(c, x -> new java.util.LinkedHashMap<>()).put(t.getSubject(), t));
        }
        each(OWL2.propertyChainAxiom.asNode(), t -> {
            List<Node> steps = list(t.getObject());
            if (!steps.isEmpty() && steps.stream().allMatch(Node::isURI)) s.chains.add(new Schema.Chain(t.getSubject(), steps, t));
        });
        each(OWL2.propertyDisjointWith.asNode(), t -> s.disjointProperties.add(new Schema.Disjoint(t.getSubject(), t.getObject(), t)));
        pairwise(OWL2.AllDisjointProperties.asNode(), s.disjointProperties);
    }

    private List<Node> list(Node head) {
        List<Node> items = RdfLists.toList(g, head);
        s.lists.put(head, items);
        return items;
    }

    private void pairwise(Node type, List<Schema.Disjoint> out) {
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            Triple members = first(t.getSubject(), OWL2.members.asNode());
            if (members == null) return;
            List<Node> list = list(members.getObject());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) out.add(new Schema.Disjoint(list.get(i), list.get(j), members));
            }
        });
    }

    private void classLink(Node sub, Node sup, String rule, Triple axiom) {
        if (sub.isLiteral() || sup.isLiteral() || sub.equals(sup)) return;
        Schema.ClassLink link = new Schema.ClassLink(sub, sup, rule, axiom, null);
        s.classLinksBySub.computeIfAbsent(sub, x -> new ArrayList<>()).add(link);
        s.classLinksBySup.computeIfAbsent(sup, x -> new ArrayList<>()).add(link);
    }

    private void propertyLink(Node sub, Node sup, String rule, Triple axiom) {
        if (!sub.isURI() || !sup.isURI() || sub.equals(sup)) return;
        Schema.PropertyLink link = new Schema.PropertyLink(sub, sup, rule, axiom);
        s.propertyLinksBySub.computeIfAbsent(sub, x -> new ArrayList<>()).add(link);
        s.propertyLinksBySup.computeIfAbsent(sup, x -> new ArrayList<>()).add(link);
    }

    private static void declare(java.util.Map<Node, List<Schema.Declaration>> map, Node p, Node value, Triple axiom) {
        if (!p.isURI() || value.isLiteral()) return;
        map.computeIfAbsent(p, x -> new ArrayList<>()).add(new Schema.Declaration(p, value, axiom));
    }

    private void put(Schema.Restriction r) {
        s.restrictions.put(r.node(), r);
    }

    private static boolean atMostOne(Node n) {
        int v = number(n);
        return v == 0 || v == 1;
    }

    private static int number(Node n) {
        if (!n.isLiteral()) return -1;
        try {
            return Integer.parseInt(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Triple first(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next() : null;
        } finally {
            it.close();
        }
    }

    private void each(Node p, Consumer<Triple> action) {
        g.find(Node.ANY, p, Node.ANY).toList().forEach(action);
    }
}
