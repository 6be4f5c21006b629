package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * OWL 2 RL's entailment rules read backwards: for a triple, the rule instances that conclude it
 * and whose premises hold in the store (the same rules as {@link ForwardChainer}, which the
 * tests check by explaining every inferred triple).
 */
final class BackwardRules {
    /** Enough alternatives to find a proof; the explainer needs only one. */
    private static final int ALTERNATIVES = 4;

    private final Schema schema;
    private final Facts facts;
    private final Map<Node, List<Schema.Declaration>> domainsByClass = new HashMap<>();
    private final Map<Node, List<Schema.Declaration>> rangesByClass = new HashMap<>();
    private final Map<Node, List<Schema.Restriction>> allValuesByFiller = new HashMap<>();
    private final Map<Node, List<Schema.Restriction>> hasValueByProperty = new HashMap<>();
    private final SchemaSteps schemaSteps;

    BackwardRules(Schema schema, Facts facts) {
        this.schema = schema;
        this.facts = facts;
        schema.domains.values().forEach(ds -> ds.forEach(d -> domainsByClass.computeIfAbsent(d.value(), x -> new ArrayList<>()).add(d)));
        schema.ranges.values().forEach(rs -> rs.forEach(r -> rangesByClass.computeIfAbsent(r.value(), x -> new ArrayList<>()).add(r)));
        for (Schema.Restriction r : schema.restrictions()) {
            if (r.kind() == Schema.RestrictionKind.ALL) allValuesByFiller.computeIfAbsent(r.filler(), x -> new ArrayList<>()).add(r);
            if (r.kind() == Schema.RestrictionKind.VALUE) hasValueByProperty.computeIfAbsent(r.property(), x -> new ArrayList<>()).add(r);
        }
        schemaSteps = new SchemaSteps(schema);
    }

    /** True for a triple about an anonymous class expression: never stored, always re-derived. */
    boolean internal(Triple t) {
        return schema.isAnonymousClass(t.getSubject()) || schema.isAnonymousClass(t.getObject());
    }

    List<Step> steps(Triple goal) {
        Node s = goal.getSubject();
        Node p = goal.getPredicate();
        Node o = goal.getObject();
        List<Step> out = new ArrayList<>(schemaSteps.steps(goal));
        if (p.equals(RDF.type.asNode())) {
            typeSteps(s, o, out);
        } else if (p.equals(OWL2.sameAs.asNode())) {
            new EqualitySteps(schema, facts).steps(s, o, out);
        } else {
            propertySteps(s, p, o, out);
        }
        replacementSteps(s, p, o, out);
        return out;
    }

    private void typeSteps(Node x, Node c, List<Step> out) {
        for (Schema.ClassLink link : schema.linksInto(c)) {
            out.add(new Step(link.rule(), link.axiom(), link.entailedBy(), List.of(type(x, link.sub()))));
        }
        for (Schema.Declaration d : domainsByClass.getOrDefault(c, List.of())) {
            first(facts.find(x, d.property(), Node.ANY)).forEach(t -> out.add(new Step("prp-dom", d.axiom(), List.of(t))));
        }
        if (!x.isLiteral()) {
            for (Schema.Declaration d : rangesByClass.getOrDefault(c, List.of())) {
                first(facts.find(Node.ANY, d.property(), x)).forEach(t -> out.add(new Step("prp-rng", d.axiom(), List.of(t))));
            }
        }
        Schema.ClassList intersection = schema.intersection(c);
        if (intersection != null) {
            out.add(new Step("cls-int1", intersection.axiom(), intersection.members().stream().map(m -> type(x, m)).toList()));
        }
        Schema.Restriction r = schema.restriction(c);
        if (r != null && r.kind() == Schema.RestrictionKind.SOME) {
            int found = 0;
            for (Triple t : facts.find(x, r.property(), Node.ANY)) {
                Triple filled = type(t.getObject(), r.filler());
                if (Schema.isThing(r.filler())) {
                    out.add(new Step("cls-svf2", r.axiom(), List.of(t)));
                } else if (internal(filled) || facts.holds(filled)) {
                    out.add(new Step("cls-svf1", r.axiom(), List.of(t, filled)));
                } else {
                    continue;
                }
                if (++found == ALTERNATIVES) break;
            }
        }
        if (r != null && r.kind() == Schema.RestrictionKind.VALUE) {
            out.add(new Step("cls-hv2", r.axiom(), List.of(Triple.create(x, r.property(), r.filler()))));
        }
        for (Schema.Restriction all : allValuesByFiller.getOrDefault(c, List.of())) {
            for (Triple t : first(facts.find(Node.ANY, all.property(), x))) {
                out.add(new Step("cls-avf", all.axiom(), List.of(type(t.getSubject(), all.node()), t)));
            }
        }
        Schema.ClassList enumeration = schema.enumeration(c);
        if (enumeration != null && enumeration.members().contains(x)) out.add(new Step("cls-oo", enumeration.axiom(), List.of()));
    }

    private void propertySteps(Node x, Node p, Node y, List<Step> out) {
        for (Schema.PropertyLink link : schema.propertyLinksInto(p)) {
            out.add(new Step(link.rule(), link.axiom(), List.of(Triple.create(x, link.sub(), y))));
        }
        if (y.isLiteral()) return;
        for (Schema.Declaration inverse : schema.inverses(p)) {
            Node q = inverse.value();
            String rule = inverse.axiom().getSubject().equals(q) ? "prp-inv1" : "prp-inv2";
            out.add(new Step(rule, inverse.axiom(), List.of(Triple.create(y, q, x))));
        }
        Triple symmetric = schema.characteristic(p, OWL2.SymmetricProperty.asNode());
        if (symmetric != null) out.add(new Step("prp-symp", symmetric, List.of(Triple.create(y, p, x))));
        Triple transitive = schema.characteristic(p, OWL2.TransitiveProperty.asNode());
        if (transitive != null) {
            int found = 0;
            for (Triple t : facts.find(x, p, Node.ANY)) {
                Node z = t.getObject();
                if (z.equals(x) || z.equals(y) || !facts.holds(Triple.create(z, p, y))) continue;
                out.add(new Step("prp-trp", transitive, List.of(t, Triple.create(z, p, y))));
                if (++found == ALTERNATIVES) break;
            }
        }
        for (Schema.Chain chain : schema.chains()) {
            if (chain.property().equals(p)) paths(chain, x, y, out);
        }
        for (Schema.Restriction r : hasValueByProperty.getOrDefault(p, List.of())) {
            if (r.filler().equals(y)) out.add(new Step("cls-hv1", r.axiom(), List.of(type(x, r.node()))));
        }
    }

    /** prp-spo2: paths from x to y along the chain's properties, a few of them. */
    private void paths(Schema.Chain chain, Node x, Node y, List<Step> out) {
        List<List<Triple>> found = new ArrayList<>();
        walk(chain.steps(), 0, x, y, new ArrayList<>(), found);
        found.forEach(path -> out.add(new Step("prp-spo2", chain.axiom(), path)));
    }

    private void walk(List<Node> steps, int i, Node at, Node target, List<Triple> path, List<List<Triple>> found) {
        if (found.size() == ALTERNATIVES) return;
        if (i == steps.size()) {
            if (at.equals(target)) found.add(List.copyOf(path));
            return;
        }
        Node next = i == steps.size() - 1 ? target : Node.ANY;
        for (Triple t : facts.find(at, steps.get(i), next)) {
            path.add(t);
            walk(steps, i + 1, t.getObject(), target, path, found);
            path.removeLast();
        }
    }

    /** eq-rep-s and eq-rep-o: the same fact about an equal name. */
    private void replacementSteps(Node s, Node p, Node o, List<Step> out) {
        Node sameAs = OWL2.sameAs.asNode();
        for (Triple t : first(facts.find(Node.ANY, sameAs, s))) {
            if (!t.getSubject().equals(s)) out.add(new Step("eq-rep-s", null, List.of(t, Triple.create(t.getSubject(), p, o))));
        }
        if (o.isLiteral() || p.equals(RDF.type.asNode())) return;
        for (Triple t : first(facts.find(Node.ANY, sameAs, o))) {
            if (!t.getSubject().equals(o)) out.add(new Step("eq-rep-o", null, List.of(t, Triple.create(s, p, t.getSubject()))));
        }
    }

    private static List<Triple> first(List<Triple> triples) {
        return triples.size() <= ALTERNATIVES ? triples : triples.subList(0, ALTERNATIVES);
    }

    static Triple type(Node x, Node c) {
        return Triple.create(x, RDF.type.asNode(), c);
    }
}
