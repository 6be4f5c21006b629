package org.pactgraph.reason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

/**
 * Closes the schema under OWL 2 RL's schema rules: subclass and subproperty chains (scm-sco,
 * scm-spo, with equivalence, intersection and union links), and the links between restrictions
 * that scm-svf1/2, scm-avf1/2 and scm-hv entail, repeated until nothing changes. It also lists the
 * schema triples this entails between named terms (scm-sco, scm-eqc2, scm-spo, scm-eqp2,
 * scm-dom1/2, scm-rng1/2) for the inferred graph. The trivial ones (a class is a subclass of
 * itself and of owl:Thing, scm-cls, scm-op, scm-dp) are left out: they tell nobody anything.
 */
final class SchemaClosure {
    private SchemaClosure() {}

    static void close(Schema s) {
        reach(s.propertyLinksBySub, s.superProperties, Schema.PropertyLink::sup);
        do {
            reach(s.classLinksBySub, s.superClasses, Schema.ClassLink::sup);
        } while (addRestrictionLinks(s));
    }

    /** The schema triples between named terms that the axioms entail and that are not stated. */
    static List<Triple> entailments(Schema s) {
        Set<Triple> out = new LinkedHashSet<>();
        s.superClasses.forEach((c, sups) -> {
            if (!c.isURI()) return;
            for (Node d : sups) {
                if (!d.isURI()) continue;
                out.add(Triple.create(c, RDFS.subClassOf.asNode(), d));
                if (s.superClassesOf(d).contains(c)) out.add(Triple.create(c, OWL2.equivalentClass.asNode(), d));
            }
        });
        s.superProperties.forEach((p, sups) -> {
            for (Node q : sups) {
                out.add(Triple.create(p, RDFS.subPropertyOf.asNode(), q));
                if (s.superPropertiesOf(q).contains(p)) out.add(Triple.create(p, OWL2.equivalentProperty.asNode(), q));
            }
        });
        Set<Node> properties = new HashSet<>(s.domains.keySet());
        properties.addAll(s.ranges.keySet());
        properties.addAll(s.superProperties.keySet());
        for (Node p : properties) {
            inherited(s, p, s.domains, RDFS.domain.asNode(), out);
            inherited(s, p, s.ranges, RDFS.range.asNode(), out);
        }
        return new ArrayList<>(out);
    }

    /** scm-dom1/2 and scm-rng1/2: a property has the domains of its superproperties and their superclasses. */
    private static void inherited(Schema s, Node p, Map<Node, List<Schema.Declaration>> declared, Node predicate, Set<Triple> out) {
        Set<Node> from = new LinkedHashSet<>();
        from.add(p);
        from.addAll(s.superPropertiesOf(p));
        for (Node q : from) {
            for (Schema.Declaration d : declared.getOrDefault(q, List.of())) {
                if (!d.value().isURI()) continue;
                out.add(Triple.create(p, predicate, d.value()));
                for (Node sup : s.superClassesOf(d.value())) {
                    if (sup.isURI()) out.add(Triple.create(p, predicate, sup));
                }
            }
        }
    }

    private static <L> void reach(Map<Node, List<L>> links, Map<Node, Set<Node>> out, java.util.function.Function<L, Node> target) {
        out.clear();
        for (Node start : links.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>();
            links.get(start).forEach(l -> todo.add(target.apply(l)));
            while (!todo.isEmpty()) {
                Node n = todo.poll();
                if (seen.add(n)) links.getOrDefault(n, List.of()).forEach(l -> todo.add(target.apply(l)));
            }
            seen.remove(start);
            out.put(start, seen);
        }
    }

    /** Links between restrictions by scm-svf1/2, scm-avf1/2 and scm-hv; true when one was new. */
    private static boolean addRestrictionLinks(Schema s) {
        boolean added = false;
        List<Schema.Restriction> all = new ArrayList<>(s.restrictions.values());
        for (Schema.Restriction a : all) {
            for (Schema.Restriction b : all) {
                if (a == b || a.kind() != b.kind()) continue;
                String rule = entailingRule(s, a, b);
                if (rule == null) continue;
                boolean avf2 = rule.equals("scm-avf2");
                Node sub = avf2 ? b.node() : a.node();
                Node sup = avf2 ? a.node() : b.node();
                if (s.superClassesOf(sub).contains(sup)) continue;
                Schema.ClassLink link = new Schema.ClassLink(sub, sup, "cax-sco", Triple.create(sub, RDFS.subClassOf.asNode(), sup), rule);
                s.classLinksBySub.computeIfAbsent(sub, x -> new ArrayList<>()).add(link);
                s.classLinksBySup.computeIfAbsent(sup, x -> new ArrayList<>()).add(link);
                added = true;
            }
        }
        return added;
    }

    /** The schema rule by which restriction a is a subclass of b (b of a for scm-avf2), or null. */
    private static String entailingRule(Schema s, Schema.Restriction a, Schema.Restriction b) {
        boolean sameProperty = a.property().equals(b.property());
        boolean subProperty = s.superPropertiesOf(a.property()).contains(b.property());
        boolean sameFiller = a.filler() != null && a.filler().equals(b.filler());
        boolean subFiller = a.filler() != null && b.filler() != null
                && (s.superClassesOf(a.filler()).contains(b.filler()) || Schema.isThing(b.filler()));
        return switch (a.kind()) {
            case SOME -> sameProperty && (sameFiller || subFiller) ? "scm-svf1" : sameFiller && subProperty ? "scm-svf2" : null;
            case ALL -> sameProperty && (sameFiller || subFiller) ? "scm-avf1" : sameFiller && subProperty ? "scm-avf2" : null;
            case VALUE -> sameFiller && (sameProperty || subProperty) ? "scm-hv" : null;
            case MAX -> null;
        };
    }
}
