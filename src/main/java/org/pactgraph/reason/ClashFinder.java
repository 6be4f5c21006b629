package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * OWL 2 RL's rules whose conclusion is false, checked over the materialised facts: cax-dw,
 * cax-adc, cls-nothing2, cls-com, cls-maxc1, cls-maxqc1/2, prp-irp, prp-asyp, prp-pdw, prp-adp,
 * prp-npa1/2, eq-diff1/2/3, and prp-fp, cls-maxc2 and cls-maxqc3/4 where the values that would
 * have to be the same are different literals (distinct data values are never equal).
 */
final class ClashFinder {
    /** More clashes than this are not collected: the first ones say what is wrong. */
    static final int LIMIT = 1000;

    private final FactStore store;
    private final RuleTables r;
    private final NodeIds ids;
    private final Schema schema;
    private final List<Clash> out = new ArrayList<>();

    ClashFinder(FactStore store, RuleTables tables, NodeIds ids, Schema schema) {
        this.store = store;
        this.r = tables;
        this.ids = ids;
        this.schema = schema;
    }

    List<Clash> find() {
        typeClashes();
        characteristics();
        for (Schema.Disjoint d : schema.disjointProperties) {
            String rule = d.axiom().getPredicate().equals(OWL2.propertyDisjointWith.asNode()) ? "prp-pdw" : "prp-adp";
            int p1 = ids.existing(d.first());
            int p2 = ids.existing(d.second());
            forEachFact(p1, (x, y) -> {
                if (store.contains(x, p2, y)) add(rule, "one pair linked by two disjoint properties", d.axiom(), t(x, p1, y), t(x, p2, y));
            });
        }
        for (Schema.Restriction res : schema.restrictions()) {
            if (res.kind() == Schema.RestrictionKind.MAX) maxCardinality(res);
        }
        differentIndividuals();
        negativeAssertions();
        return out;
    }

    /**
     * cax-dw, cax-adc, cls-com and cls-nothing2, one subject at a time: each of its classes that
     * is disjoint with, or the complement of, another is looked for among its other classes.
     */
    private void typeClashes() {
        Map<Long, Schema.Disjoint> axioms = new HashMap<>();
        Map<Long, String> rules = new HashMap<>();
        IntLists partners = new IntLists();
        for (Schema.Disjoint d : schema.disjointClasses) {
            String rule = d.axiom().getPredicate().equals(OWL2.disjointWith.asNode()) ? "cax-dw" : "cax-adc";
            pair(d, rule, axioms, rules, partners);
        }
        for (Schema.Disjoint c : schema.complements.values()) pair(c, "cls-com", axioms, rules, partners);
        FactStore.Table types = store.table(r.type);
        if (types == null) return;
        types.bySubject.forEachKey(x -> {
            if (store.contains(x, r.type, r.nothing)) add("cls-nothing2", "an instance of owl:Nothing", null, t(x, r.type, r.nothing));
            int[] classes = types.bySubject.values(x);
            for (int i = 1; i <= classes[0] && out.size() < LIMIT; i++) {
                int c1 = classes[i];
                int[] others = partners.values(c1);
                for (int k = 1; k <= others[0]; k++) {
                    int c2 = others[k];
                    if (c1 < c2 && store.contains(x, r.type, c2)) {
                        long key = key(c1, c2);
                        Schema.Disjoint d = axioms.get(key);
                        boolean asStated = ids.existing(d.first()) == c1;
                        String problem = rules.get(key).equals("cls-com") ? "an instance of a class and of its complement" : "an instance of two disjoint classes";
                        add(rules.get(key), problem, d.axiom(), t(x, r.type, asStated ? c1 : c2), t(x, r.type, asStated ? c2 : c1));
                    }
                }
            }
        });
    }

    private void pair(Schema.Disjoint d, String rule, Map<Long, Schema.Disjoint> axioms, Map<Long, String> rules, IntLists partners) {
        int a = ids.existing(d.first());
        int b = ids.existing(d.second());
        if (a == 0 || b == 0 || a == b) return;
        long key = key(Math.min(a, b), Math.max(a, b));
        if (axioms.putIfAbsent(key, d) != null) return;
        rules.put(key, rule);
        partners.add(a, b);
        partners.add(b, a);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | b;
    }

    private void characteristics() {
        schema.characteristics.getOrDefault(OWL2.IrreflexiveProperty.asNode(), java.util.Map.of()).forEach((p, axiom) -> {
            int pid = ids.existing(p);
            forEachFact(pid, (x, y) -> {
                if (x == y) add("prp-irp", "linked to itself by an irreflexive property", axiom, t(x, pid, y));
            });
        });
        schema.characteristics.getOrDefault(OWL2.AsymmetricProperty.asNode(), java.util.Map.of()).forEach((p, axiom) -> {
            int pid = ids.existing(p);
            forEachFact(pid, (x, y) -> {
                if (x <= y && store.contains(y, pid, x)) add("prp-asyp", "linked both ways by an asymmetric property", axiom, t(x, pid, y), t(y, pid, x));
            });
        });
        schema.characteristics.getOrDefault(OWL2.FunctionalProperty.asNode(), java.util.Map.of()).forEach((p, axiom) ->
                differentValues(ids.existing(p), 0, "prp-fp", "two different values of a functional property", axiom));
    }

    private void maxCardinality(Schema.Restriction res) {
        int restriction = ids.existing(res.node());
        int p = ids.existing(res.property());
        int onClass = res.onClass() == null || Schema.isThing(res.onClass()) ? 0 : ids.existing(res.onClass());
        if (restriction == 0 || p == 0 || (res.onClass() != null && onClass == 0 && !Schema.isThing(res.onClass()))) return;
        if (res.max() == 0) {
            String rule = res.onClass() == null ? "cls-maxc1" : Schema.isThing(res.onClass()) ? "cls-maxqc2" : "cls-maxqc1";
            forEachFact(p, (x, y) -> {
                if (store.contains(x, r.type, restriction) && (onClass == 0 || store.contains(y, r.type, onClass))) {
                    add(rule, "a value of a property on which it may have none", res.axiom(), t(x, r.type, restriction), t(x, p, y));
                }
            });
        } else {
            String rule = res.onClass() == null ? "cls-maxc2" : "cls-maxqc3";
            differentValues(p, restriction, rule, "two different values of a property on which it may have one", res.axiom());
        }
    }

    /** Two values of the property on one subject that cannot be the same thing: different data values. */
    private void differentValues(int p, int restriction, String rule, String problem, Triple axiom) {
        if (p == 0 || store.table(p) == null) return;
        store.table(p).bySubject.forEachKey(x -> {
            if (restriction != 0 && !store.contains(x, r.type, restriction)) return;
            int[] values = store.objects(x, p);
            int n = values[0];
            for (int i = 1; i <= n; i++) {
                for (int j = i + 1; j <= n; j++) {
                    if (distinctValues(values[i], values[j])) {
                        List<Triple> facts = new ArrayList<>(List.of(t(x, p, values[i]), t(x, p, values[j])));
                        facts.sort(java.util.Comparator.comparing(f -> f.getObject().toString()));
                        if (restriction != 0) facts.addFirst(t(x, r.type, restriction));
                        add(rule, problem, axiom, facts.toArray(Triple[]::new));
                    }
                }
            }
        });
    }

    private boolean distinctValues(int a, int b) {
        boolean la = ids.isLiteral(a);
        boolean lb = ids.isLiteral(b);
        if (!la && !lb) return false;
        return la != lb || !ids.node(a).sameValueAs(ids.node(b));
    }

    private void differentIndividuals() {
        int different = ids.existing(OWL2.differentFrom.asNode());
        PairSet reported = new PairSet();
        // In the order facts were added, asserted ones first: a pair is reported as it was stated.
        forEachInOrder(different, (x, y) -> {
            if (store.contains(x, r.sameAs, y) && reported.add(Math.min(x, y), Math.max(x, y))) {
                add("eq-diff1", "the same individual, yet declared different", null, t(x, r.sameAs, y), t(x, different, y));
            }
        });
        for (Schema.ClassList group : schema.allDifferent) {
            List<Node> members = group.members();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    int a = ids.existing(members.get(i));
                    int b = ids.existing(members.get(j));
                    if (a != 0 && b != 0 && store.contains(a, r.sameAs, b)) {
                        String rule = group.axiom().getPredicate().equals(OWL2.members.asNode()) ? "eq-diff2" : "eq-diff3";
                        add(rule, "the same individual, yet declared different", group.axiom(), t(a, r.sameAs, b));
                    }
                }
            }
        }
    }

    private void negativeAssertions() {
        Graph g = schema.source();
        g.find(Node.ANY, RDF.type.asNode(), OWL2.NegativePropertyAssertion.asNode()).toList().forEach(t -> {
            Node n = t.getSubject();
            Node source = RdfLists.object(g, n, OWL2.sourceIndividual.asNode());
            Node property = RdfLists.object(g, n, OWL2.assertionProperty.asNode());
            Node target = RdfLists.object(g, n, OWL2.targetIndividual.asNode());
            String rule = "prp-npa1";
            if (target == null) {
                target = RdfLists.object(g, n, OWL2.targetValue.asNode());
                rule = "prp-npa2";
            }
            if (source == null || property == null || target == null) return;
            int s = ids.existing(source);
            int p = ids.existing(property);
            int o = ids.existing(target);
            if (s != 0 && p != 0 && o != 0 && store.contains(s, p, o)) {
                add(rule, "a link that a negative property assertion denies", Triple.create(n, OWL2.assertionProperty.asNode(), property), t(s, p, o));
            }
        });
    }

    private interface FactAction {
        void accept(int s, int o);
    }

    /** Each fact of the property in the order facts were added, until enough clashes are collected. */
    private void forEachInOrder(int p, FactAction action) {
        if (p == 0 || store.table(p) == null) return;
        for (int i = 0; i < store.size() && out.size() < LIMIT; i++) {
            if (store.property(i) == p) action.accept(store.subject(i), store.object(i));
        }
    }

    /** Each fact of the property, until enough clashes are collected. */
    private void forEachFact(int p, FactAction action) {
        FactStore.Table table = p == 0 ? null : store.table(p);
        if (table == null) return;
        table.bySubject.forEachKey(s -> {
            int[] objects = table.bySubject.values(s);
            for (int i = 1; i <= objects[0] && out.size() < LIMIT; i++) action.accept(s, objects[i]);
        });
    }

    private Triple t(int s, int p, int o) {
        return Triple.create(ids.node(s), ids.node(p), ids.node(o));
    }

    private void add(String rule, String problem, Triple axiom, Triple... facts) {
        if (out.size() < LIMIT) out.add(new Clash(rule, problem, axiom, List.of(facts)));
    }
}
