package org.pactgraph.reason;

/**
 * OWL 2 RL's entailment rules run forward to a fixpoint over the {@link FactStore}. Facts are
 * taken from the store's log one at a time and joined with everything known (semi-naive
 * evaluation: a rule instance fires when the last of its premises takes its turn, so each is
 * found without re-running rules on old facts). Property rules: prp-spo1, prp-eqp1/2, prp-dom,
 * prp-rng, prp-inv1/2, prp-symp, prp-trp, prp-spo2 (chains of any length), prp-fp, prp-ifp,
 * prp-key. Class rules: cax-sco, cax-eqc1/2, cls-int1/2, cls-uni, cls-svf1/2, cls-hv1/2,
 * cls-avf, cls-maxc2, cls-maxqc3/4. Equality: eq-sym, eq-trans, eq-rep-s, eq-rep-o.
 * Rules whose conclusion is a contradiction are checked afterwards by {@link ClashFinder}.
 */
final class ForwardChainer {
    private final FactStore store;
    private final RuleTables r;
    private final NodeIds ids;

    ForwardChainer(FactStore store, RuleTables tables, NodeIds ids) {
        this.store = store;
        this.r = tables;
        this.ids = ids;
    }

    /** Runs every rule until no new fact follows. */
    void run() {
        for (int i = 0; i < store.size(); i++) {
            int s = store.subject(i);
            int p = store.property(i);
            int o = store.object(i);
            if (p == r.type) {
                classRules(s, o);
            } else {
                propertyRules(s, p, o);
                if (p == r.sameAs) sameAsRules(s, o);
            }
            if (store.table(r.sameAs) != null) replaceEquals(s, p, o);
        }
    }

    /** Adds a conclusion; {@code x owl:sameAs x} (eq-ref) is true of everything and is never stored. */
    void emit(int s, int p, int o) {
        if (!ids.isLiteral(s) && (p != r.sameAs || s != o)) store.add(s, p, o);
    }

    private void propertyRules(int s, int p, int o) {
        boolean literal = ids.isLiteral(o);
        int n = r.propertySupers.size(p);
        int[] values = r.propertySupers.values(p);
        for (int i = 0; i < n; i++) emit(s, values[i], o);
        n = r.domains.size(p);
        values = r.domains.values(p);
        for (int i = 0; i < n; i++) emit(s, r.type, values[i]);
        if (!literal) {
            n = r.ranges.size(p);
            values = r.ranges.values(p);
            for (int i = 0; i < n; i++) emit(o, r.type, values[i]);
            n = r.inverses.size(p);
            values = r.inverses.values(p);
            for (int i = 0; i < n; i++) emit(o, values[i], s);
            if (RuleTables.has(r.symmetric, p)) emit(o, p, s);
            if (RuleTables.has(r.transitive, p)) transitive(s, p, o);
        }
        n = r.chainsByStep.size(p);
        if (n > 0) {
            int[] pairs = r.chainsByStep.values(p);
            for (int i = 0; i < n; i += 2) chain(pairs[i], pairs[i + 1], s, o);
        }
        restrictionsOnProperty(s, p, o, literal);
        if (!literal && RuleTables.has(r.functional, p)) {
            forObjects(s, p, o2 -> sameAs(o, o2));
        }
        if (RuleTables.has(r.inverseFunctional, p)) {
            forSubjects(p, o, s2 -> sameAs(s, s2));
        }
        int keys = r.keysByProperty.size(p);
        if (keys > 0) {
            int[] ks = r.keysByProperty.values(p);
            for (int i = 0; i < keys; i++) {
                if (store.contains(s, r.type, r.keyClass[ks[i]])) key(s, ks[i]);
            }
        }
    }

    /** cls-svf1/2, cls-hv2, cls-avf and cls-maxc2/maxqc3/4 triggered by a property fact. */
    private void restrictionsOnProperty(int s, int p, int o, boolean literal) {
        forPairs(r.someByProperty, p, (restriction, filler) -> {
            if (filler == 0 || store.contains(o, r.type, filler)) emit(s, r.type, restriction);
        });
        forPairs(r.valueByProperty, p, (restriction, value) -> {
            if (value == o) emit(s, r.type, restriction);
        });
        if (!literal) {
            forPairs(r.allByProperty, p, (restriction, filler) -> {
                if (store.contains(s, r.type, restriction)) emit(o, r.type, filler);
            });
            forPairs(r.maxOneByProperty, p, (restriction, onClass) -> {
                if (!store.contains(s, r.type, restriction) || !typed(o, onClass)) return;
                forObjects(s, p, o2 -> {
                    if (typed(o2, onClass)) sameAs(o, o2);
                });
            });
        }
    }

    private void classRules(int x, int c) {
        int n = r.classSupers.size(c);
        int[] supers = r.classSupers.values(c);
        for (int i = 0; i < n; i++) emit(x, r.type, supers[i]);
        n = r.intersectionsOfMember.size(c);
        if (n > 0) {
            int[] intersections = r.intersectionsOfMember.values(c);
            for (int i = 0; i < n; i++) intersection(x, intersections[i]);
        }
        forPairs(r.someByFiller, c, (restriction, p) -> forSubjects(p, x, w -> emit(w, r.type, restriction)));
        if (r.valueByRestriction.size(c) > 0) {
            int[] pv = r.valueByRestriction.values(c);
            emit(x, pv[0], pv[1]);
        }
        if (r.allByRestriction.size(c) > 0) {
            int[] pf = r.allByRestriction.values(c);
            forObjects(x, pf[0], 0, y -> emit(y, r.type, pf[1]));
        }
        if (r.maxOneByRestriction.size(c) > 0) {
            int[] po = r.maxOneByRestriction.values(c);
            int p = po[0];
            int onClass = po[1];
            int count = store.objectCount(x, p);
            int[] objects = store.objects(x, p);
            for (int i = 0; i < count; i++) {
                if (!typed(objects[i], onClass)) continue;
                for (int j = i + 1; j < count; j++) if (typed(objects[j], onClass)) sameAs(objects[i], objects[j]);
            }
        }
        forPairs(r.maxOneByOnClass, c, (restriction, p) -> forSubjects(p, x, w -> {
            if (store.contains(w, r.type, restriction)) forObjects(w, p, x, y -> {
                if (store.contains(y, r.type, c)) sameAs(x, y);
            });
        }));
        int keys = r.keysByClass.size(c);
        if (keys > 0) {
            int[] ks = r.keysByClass.values(c);
            for (int i = 0; i < keys; i++) key(x, ks[i]);
        }
    }

    /** cls-int1: the individual is in every member class of the intersection. */
    private void intersection(int x, int intersection) {
        int n = r.intersectionMembers.size(intersection);
        int[] members = r.intersectionMembers.values(intersection);
        for (int i = 0; i < n; i++) {
            if (!store.contains(x, r.type, members[i])) return;
        }
        emit(x, r.type, intersection);
    }

    /** prp-trp, both ways from the new link. */
    private void transitive(int s, int p, int o) {
        forObjects(o, p, 0, z -> emit(s, p, z));
        forSubjects(p, s, w -> emit(w, p, o));
    }

    /** prp-spo2: every path through the chain that passes the new link at the given position. */
    private void chain(int chain, int position, int s, int o) {
        int[] steps = r.chainSteps[chain];
        int result = r.chainResult[chain];
        if (steps.length == 2) {
            // The common case, without building sets of path ends.
            if (position == 0) {
                forObjects(o, steps[1], 0, z -> emit(s, result, z));
            } else {
                forSubjects(steps[0], s, w -> emit(w, result, o));
            }
            return;
        }
        IntBag starts = IntBag.of(s);
        for (int j = position - 1; j >= 0; j--) starts = starts.step(store, steps[j], false);
        IntBag ends = IntBag.of(o);
        for (int j = position + 1; j < steps.length; j++) ends = ends.step(store, steps[j], true);
        for (int i = 0; i < starts.size(); i++) {
            for (int k = 0; k < ends.size(); k++) emit(starts.get(i), result, ends.get(k));
        }
    }

    /** prp-key: another instance of the key's class with a shared value for every key property. */
    private void key(int x, int k) {
        int[] props = r.keyProperties[k];
        if (props.length == 0) return;
        forObjects(x, props[0], 0, v -> forSubjects(props[0], v, y -> {
            if (y == x || !store.contains(y, r.type, r.keyClass[k])) return;
            for (int i = 1; i < props.length; i++) if (!shareValue(x, y, props[i])) return;
            sameAs(x, y);
        }));
    }

    private boolean shareValue(int x, int y, int p) {
        int n = store.objectCount(x, p);
        int[] values = store.objects(x, p);
        for (int i = 0; i < n; i++) if (store.contains(y, p, values[i])) return true;
        return false;
    }

    /** eq-sym and eq-trans, then eq-rep-s and eq-rep-o for what is known of the first name. */
    private void sameAsRules(int s, int o) {
        emit(o, r.sameAs, s);
        forObjects(o, r.sameAs, s, z -> emit(s, r.sameAs, z));
        for (int q : store.properties()) {
            forObjects(s, q, 0, v -> emit(o, q, v));
            forSubjects(q, s, u -> emit(u, q, o));
        }
    }

    /** eq-rep-s and eq-rep-o for a new fact about a name that has equals. */
    private void replaceEquals(int s, int p, int o) {
        forObjects(s, r.sameAs, 0, s2 -> emit(s2, p, o));
        if (!ids.isLiteral(o)) forObjects(o, r.sameAs, 0, o2 -> emit(s, p, o2));
    }

    private void sameAs(int a, int b) {
        if (a != b && !ids.isLiteral(a) && !ids.isLiteral(b)) emit(a, r.sameAs, b);
    }

    private boolean typed(int x, int cls) {
        return cls == 0 || store.contains(x, r.type, cls);
    }

    private interface IntAction {
        void accept(int value);
    }

    private interface PairAction {
        void accept(int a, int b);
    }

    private static void forPairs(IntLists lists, int key, PairAction action) {
        int n = lists.size(key);
        if (n == 0) return;
        int[] values = lists.values(key);
        for (int i = 0; i < n; i += 2) action.accept(values[i], values[i + 1]);
    }

    /** Each object of the subject for the property except {@code except}. */
    private void forObjects(int s, int p, int except, IntAction action) {
        int n = store.objectCount(s, p);
        if (n == 0) return;
        int[] objects = store.objects(s, p);
        for (int i = 0; i < n; i++) if (objects[i] != except) action.accept(objects[i]);
    }

    private void forObjects(int s, int p, IntAction action) {
        forObjects(s, p, 0, action);
    }

    private void forSubjects(int p, int o, IntAction action) {
        int n = store.subjectCount(p, o);
        if (n == 0) return;
        int[] subjects = store.subjects(p, o);
        for (int i = 0; i < n; i++) action.accept(subjects[i]);
    }
}
