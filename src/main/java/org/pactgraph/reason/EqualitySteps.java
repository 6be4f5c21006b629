package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;

/**
 * The rules read backwards that conclude {@code x owl:sameAs y}: eq-sym, eq-trans, prp-fp,
 * prp-ifp, cls-maxc2, cls-maxqc3/4 and prp-key.
 */
final class EqualitySteps {
    private static final Node SAME_AS = OWL2.sameAs.asNode();

    private final Schema schema;
    private final Facts facts;

    EqualitySteps(Schema schema, Facts facts) {
        this.schema = schema;
        this.facts = facts;
    }

    void steps(Node x, Node y, List<Step> out) {
        out.add(new Step("eq-sym", null, List.of(Triple.create(y, SAME_AS, x))));
        for (Triple t : facts.find(x, SAME_AS, Node.ANY)) {
            Node z = t.getObject();
            if (!z.equals(y) && !z.equals(x)) out.add(new Step("eq-trans", null, List.of(t, Triple.create(z, SAME_AS, y))));
        }
        schema.characteristics.getOrDefault(OWL2.FunctionalProperty.asNode(), java.util.Map.of()).forEach((p, axiom) -> {
            for (Triple t : facts.find(Node.ANY, p, x)) {
                Triple other = Triple.create(t.getSubject(), p, y);
                if (facts.holds(other)) out.add(new Step("prp-fp", axiom, List.of(t, other)));
            }
        });
        schema.characteristics.getOrDefault(OWL2.InverseFunctionalProperty.asNode(), java.util.Map.of()).forEach((p, axiom) -> {
            for (Triple t : facts.find(x, p, Node.ANY)) {
                Triple other = Triple.create(y, p, t.getObject());
                if (facts.holds(other)) out.add(new Step("prp-ifp", axiom, List.of(t, other)));
            }
        });
        for (Schema.Restriction r : schema.restrictions()) {
            if (r.kind() == Schema.RestrictionKind.MAX && r.max() == 1) maxOne(r, x, y, out);
        }
        for (Schema.Key key : schema.keys) key(key, x, y, out);
    }

    private void maxOne(Schema.Restriction r, Node x, Node y, List<Step> out) {
        for (Triple t : facts.find(Node.ANY, r.property(), x)) {
            Triple other = Triple.create(t.getSubject(), r.property(), y);
            if (!facts.holds(other)) continue;
            List<Triple> premises = new ArrayList<>(List.of(BackwardRules.type(t.getSubject(), r.node()), t, other));
            String rule = "cls-maxc2";
            if (r.onClass() != null) {
                rule = Schema.isThing(r.onClass()) ? "cls-maxqc4" : "cls-maxqc3";
                if (!Schema.isThing(r.onClass())) {
                    premises.add(BackwardRules.type(x, r.onClass()));
                    premises.add(BackwardRules.type(y, r.onClass()));
                }
            }
            out.add(new Step(rule, r.axiom(), premises));
        }
    }

    private void key(Schema.Key key, Node x, Node y, List<Step> out) {
        List<Triple> premises = new ArrayList<>(List.of(BackwardRules.type(x, key.cls()), BackwardRules.type(y, key.cls())));
        for (Node p : key.properties()) {
            Triple shared = null;
            for (Triple t : facts.find(x, p, Node.ANY)) {
                if (facts.holds(Triple.create(y, p, t.getObject()))) {
                    shared = t;
                    break;
                }
            }
            if (shared == null) return;
            premises.add(shared);
            premises.add(Triple.create(y, p, shared.getObject()));
        }
        out.add(new Step("prp-key", key.axiom(), premises));
    }
}
