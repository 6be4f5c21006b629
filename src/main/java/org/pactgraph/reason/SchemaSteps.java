package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

/**
 * OWL 2 RL's schema rules read backwards, for entailed schema triples: scm-sco, scm-eqc1/2,
 * scm-int, scm-uni, scm-spo, scm-eqp1/2, scm-dom1/2, scm-rng1/2 and the restriction rules
 * scm-svf1/2, scm-avf1/2, scm-hv. Their premises are axioms, so explanations end in the
 * ontology's own triples.
 */
final class SchemaSteps {
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node SUBPROPERTY = RDFS.subPropertyOf.asNode();

    private final Schema schema;

    SchemaSteps(Schema schema) {
        this.schema = schema;
    }

    List<Step> steps(Triple goal) {
        Node s = goal.getSubject();
        Node p = goal.getPredicate();
        Node o = goal.getObject();
        List<Step> out = new ArrayList<>();
        if (p.equals(SUBCLASS)) {
            classSteps(s, o, out);
        } else if (p.equals(OWL2.equivalentClass.asNode())) {
            out.add(new Step("scm-eqc2", null, List.of(Triple.create(s, SUBCLASS, o), Triple.create(o, SUBCLASS, s))));
        } else if (p.equals(SUBPROPERTY)) {
            propertySteps(s, o, out);
        } else if (p.equals(OWL2.equivalentProperty.asNode())) {
            out.add(new Step("scm-eqp2", null, List.of(Triple.create(s, SUBPROPERTY, o), Triple.create(o, SUBPROPERTY, s))));
        } else if (p.equals(RDFS.domain.asNode())) {
            declarationSteps(s, o, p, schema.domains, "scm-dom1", "scm-dom2", out);
        } else if (p.equals(RDFS.range.asNode())) {
            declarationSteps(s, o, p, schema.ranges, "scm-rng1", "scm-rng2", out);
        }
        return out;
    }

    private void classSteps(Node c, Node d, List<Step> out) {
        for (Schema.ClassLink link : schema.classLinksBySub.getOrDefault(c, List.of())) {
            if (link.sup().equals(d)) {
                direct(link, out);
            } else if (schema.superClassesOf(link.sup()).contains(d)) {
                out.add(new Step("scm-sco", null, List.of(Triple.create(c, SUBCLASS, link.sup()), Triple.create(link.sup(), SUBCLASS, d))));
            }
        }
    }

    private void direct(Schema.ClassLink link, List<Step> out) {
        switch (link.rule()) {
            case "cax-eqc1", "cax-eqc2" -> out.add(new Step("scm-eqc1", null, List.of(link.axiom())));
            case "cls-int2" -> out.add(new Step("scm-int", null, List.of(link.axiom())));
            case "cls-uni" -> out.add(new Step("scm-uni", null, List.of(link.axiom())));
            default -> {
                if (link.entailedBy() != null) out.add(restrictionStep(link));
            }
        }
    }

    /** scm-svf1/2, scm-avf1/2, scm-hv: from the two restrictions and how their fillers or properties relate. */
    private Step restrictionStep(Schema.ClassLink link) {
        Schema.Restriction sub = schema.restriction(link.sub());
        Schema.Restriction sup = schema.restriction(link.sup());
        List<Triple> premises = new ArrayList<>(List.of(sub.axiom(), sup.axiom()));
        switch (link.entailedBy()) {
            case "scm-svf1", "scm-avf1" -> {
                if (!sub.filler().equals(sup.filler()) && !Schema.isThing(sup.filler())) {
                    premises.add(Triple.create(sub.filler(), SUBCLASS, sup.filler()));
                }
            }
            case "scm-avf2" -> premises.add(Triple.create(sup.property(), SUBPROPERTY, sub.property()));
            default -> {
                if (!sub.property().equals(sup.property())) premises.add(Triple.create(sub.property(), SUBPROPERTY, sup.property()));
            }
        }
        return new Step(link.entailedBy(), null, premises);
    }

    private void propertySteps(Node p, Node q, List<Step> out) {
        for (Schema.PropertyLink link : schema.propertyLinksBySub.getOrDefault(p, List.of())) {
            if (link.sup().equals(q)) {
                if (!link.rule().equals("prp-spo1")) out.add(new Step("scm-eqp1", null, List.of(link.axiom())));
            } else if (schema.superPropertiesOf(link.sup()).contains(q)) {
                out.add(new Step("scm-spo", null, List.of(Triple.create(p, SUBPROPERTY, link.sup()), Triple.create(link.sup(), SUBPROPERTY, q))));
            }
        }
    }

    private void declarationSteps(Node p, Node c, Node predicate, java.util.Map<Node, List<Schema.Declaration>> declared,
                                  String byClass, String byProperty, List<Step> out) {
        for (Schema.Declaration d : declared.getOrDefault(p, List.of())) {
            if (!d.value().equals(c) && schema.superClassesOf(d.value()).contains(c)) {
                out.add(new Step(byClass, null, List.of(d.axiom(), Triple.create(d.value(), SUBCLASS, c))));
            }
        }
        for (Node q : schema.superPropertiesOf(p)) {
            out.add(new Step(byProperty, null, List.of(Triple.create(q, predicate, c), Triple.create(p, SUBPROPERTY, q))));
        }
    }
}
