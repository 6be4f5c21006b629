package org.pactgraph.reason;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * The schema compiled to node ids, keyed the way the forward rules look things up: by the
 * property or class of the fact that has just been added. Pairs are stored as two consecutive
 * values of an {@link IntLists} list.
 */
final class RuleTables {
    final int type;
    final int sameAs;
    final int thing;
    final int nothing;
    /** Class to its direct superclasses (subclass, equivalence, intersection and union links). */
    final IntLists classSupers = new IntLists();
    /** Property to its direct superproperties. */
    final IntLists propertySupers = new IntLists();
    final IntLists domains = new IntLists();
    final IntLists ranges = new IntLists();
    final IntLists inverses = new IntLists();
    final PairSet symmetric = new PairSet();
    final PairSet transitive = new PairSet();
    final PairSet functional = new PairSet();
    final PairSet inverseFunctional = new PairSet();
    final int[][] chainSteps;
    final int[] chainResult;
    /** Property to (chain, position) pairs. */
    final IntLists chainsByStep = new IntLists();
    final IntLists intersectionMembers = new IntLists();
    final IntLists intersectionsOfMember = new IntLists();
    /** Property to (restriction, filler) pairs; filler 0 stands for owl:Thing (cls-svf2). */
    final IntLists someByProperty = new IntLists();
    /** Filler to (restriction, property) pairs. */
    final IntLists someByFiller = new IntLists();
    final IntLists valueByProperty = new IntLists();
    final IntLists valueByRestriction = new IntLists();
    final IntLists allByProperty = new IntLists();
    final IntLists allByRestriction = new IntLists();
    /** Restriction to (property, onClass or 0) for max cardinality 1. */
    final IntLists maxOneByRestriction = new IntLists();
    final IntLists maxOneByProperty = new IntLists();
    final IntLists maxOneByOnClass = new IntLists();
    final int[][] keyProperties;
    final int[] keyClass;
    final IntLists keysByClass = new IntLists();
    final IntLists keysByProperty = new IntLists();

    RuleTables(Schema s, NodeIds ids) {
        type = ids.id(RDF.type.asNode());
        sameAs = ids.id(OWL2.sameAs.asNode());
        thing = ids.id(OWL2.Thing.asNode());
        nothing = ids.id(OWL2.Nothing.asNode());
        // Direct links only: the fixpoint reaches the closure anyway, and each fact then repeats
        // far fewer conclusions that are already known.
        s.classLinksBySub.forEach((c, links) -> links.stream().map(Schema.ClassLink::sup).distinct()
                .forEach(d -> classSupers.add(ids.id(c), ids.id(d))));
        s.propertyLinksBySub.forEach((p, links) -> links.stream().map(Schema.PropertyLink::sup).distinct()
                .forEach(q -> propertySupers.add(ids.id(p), ids.id(q))));
        s.domains.forEach((p, ds) -> ds.forEach(d -> domains.add(ids.id(p), ids.id(d.value()))));
        s.ranges.forEach((p, rs) -> rs.forEach(r -> ranges.add(ids.id(p), ids.id(r.value()))));
        s.inverses.forEach((p, is) -> is.forEach(i -> inverses.add(ids.id(p), ids.id(i.value()))));
        mark(s, OWL2.SymmetricProperty.asNode(), symmetric, ids);
        mark(s, OWL2.TransitiveProperty.asNode(), transitive, ids);
        mark(s, OWL2.FunctionalProperty.asNode(), functional, ids);
        mark(s, OWL2.InverseFunctionalProperty.asNode(), inverseFunctional, ids);
        chainSteps = new int[s.chains.size()][];
        chainResult = new int[s.chains.size()];
        for (int c = 0; c < s.chains.size(); c++) {
            Schema.Chain chain = s.chains.get(c);
            chainResult[c] = ids.id(chain.property());
            chainSteps[c] = chain.steps().stream().mapToInt(ids::id).toArray();
            for (int pos = 0; pos < chainSteps[c].length; pos++) pair(chainsByStep, chainSteps[c][pos], c, pos);
        }
        s.intersections.forEach((c, list) -> list.members().forEach(m -> {
            intersectionMembers.add(ids.id(c), ids.id(m));
            intersectionsOfMember.add(ids.id(m), ids.id(c));
        }));
        s.restrictions.values().forEach(r -> restriction(r, ids));
        keyProperties = new int[s.keys.size()][];
        keyClass = new int[s.keys.size()];
        for (int k = 0; k < s.keys.size(); k++) {
            Schema.Key key = s.keys.get(k);
            keyClass[k] = ids.id(key.cls());
            keyProperties[k] = key.properties().stream().mapToInt(ids::id).toArray();
            keysByClass.add(keyClass[k], k);
            for (int p : keyProperties[k]) keysByProperty.add(p, k);
        }
    }

    /** The properties whose rules ask for the subjects of an object: the fact store indexes only these. */
    void indexObjects(Schema s, NodeIds ids, FactStore store) {
        s.withCharacteristic(OWL2.TransitiveProperty.asNode()).forEach(p -> store.indexObjectsOf(ids.id(p)));
        s.withCharacteristic(OWL2.InverseFunctionalProperty.asNode()).forEach(p -> store.indexObjectsOf(ids.id(p)));
        for (int[] steps : chainSteps) {
            for (int j = 0; j < steps.length - 1; j++) store.indexObjectsOf(steps[j]);
        }
        for (int[] props : keyProperties) {
            if (props.length > 0) store.indexObjectsOf(props[0]);
        }
        someByFiller.forEachKey(c -> {
            int[] pairs = someByFiller.values(c);
            for (int i = 2; i <= pairs[0]; i += 2) store.indexObjectsOf(pairs[i]);
        });
        maxOneByOnClass.forEachKey(c -> {
            int[] pairs = maxOneByOnClass.values(c);
            for (int i = 2; i <= pairs[0]; i += 2) store.indexObjectsOf(pairs[i]);
        });
    }

    private void restriction(Schema.Restriction r, NodeIds ids) {
        int node = ids.id(r.node());
        int p = ids.id(r.property());
        switch (r.kind()) {
            case SOME -> {
                int filler = Schema.isThing(r.filler()) ? 0 : ids.id(r.filler());
                pair(someByProperty, p, node, filler);
                if (filler != 0) pair(someByFiller, filler, node, p);
            }
            case VALUE -> {
                int value = ids.id(r.filler());
                pair(valueByProperty, p, node, value);
                pair(valueByRestriction, node, p, value);
            }
            case ALL -> {
                int filler = ids.id(r.filler());
                pair(allByProperty, p, node, filler);
                pair(allByRestriction, node, p, filler);
            }
            case MAX -> {
                if (r.max() != 1) return;
                int onClass = r.onClass() == null || Schema.isThing(r.onClass()) ? 0 : ids.id(r.onClass());
                pair(maxOneByRestriction, node, p, onClass);
                pair(maxOneByProperty, p, node, onClass);
                if (onClass != 0) pair(maxOneByOnClass, onClass, node, p);
            }
        }
    }

    private static void mark(Schema s, Node characteristic, PairSet out, NodeIds ids) {
        s.withCharacteristic(characteristic).forEach(p -> out.add(ids.id(p), 0));
    }

    private static void pair(IntLists lists, int key, int a, int b) {
        lists.add(key, a);
        lists.add(key, b);
    }

    static boolean has(PairSet set, int id) {
        return set.contains(id, 0);
    }

    static List<Node> nodes(int[] ids, int n, NodeIds dictionary) {
        java.util.List<Node> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(dictionary.node(ids[i]));
        return out;
    }
}
