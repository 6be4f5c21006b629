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
 * Lists are read as {@link IntLists} keeps them: the length in cell 0, the values after it.
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
    private void emit(int s, int p, int o) {
        if (!ids.isLiteral(s) && (p != r.sameAs || s != o)) store.add(s, p, o);
    }

    private void propertyRules(int s, int p, int o) {
        boolean literal = ids.isLiteral(o);
        int[] list = r.propertySupers.values(p);
        for (int i = 1; i <= list[0]; i++) emit(s, list[i], o);
        list = r.domains.values(p);
        for (int i = 1; i <= list[0]; i++) emit(s, r.type, list[i]);
        if (!literal) {
            list = r.ranges.values(p);
            for (int i = 1; i <= list[0]; i++) emit(o, r.type, list[i]);
            list = r.inverses.values(p);
            for (int i = 1; i <= list[0]; i++) emit(o, list[i], s);
            if (RuleTables.has(r.symmetric, p)) emit(o, p, s);
            if (RuleTables.has(r.transitive, p)) transitive(s, p, o);
        }
        list = r.chainsByStep.values(p);
        for (int i = 1; i < list[0]; i += 2) chain(list[i], list[i + 1], s, o);
        restrictionsOnProperty(s, p, o, literal);
        if (!literal && RuleTables.has(r.functional, p)) {
            int[] objects = store.objects(s, p);
            for (int i = 1; i <= objects[0]; i++) sameAs(o, objects[i]);
        }
        if (RuleTables.has(r.inverseFunctional, p)) {
            int[] subjects = store.subjects(p, o);
            for (int i = 1; i <= subjects[0]; i++) sameAs(s, subjects[i]);
        }
        list = r.keysByProperty.values(p);
        for (int i = 1; i <= list[0]; i++) {
            if (store.contains(s, r.type, r.keyClass[list[i]])) key(s, list[i]);
        }
    }

    /** cls-svf1/2, cls-hv2, cls-avf and cls-maxc2/maxqc3/4 triggered by a property fact. */
    private void restrictionsOnProperty(int s, int p, int o, boolean literal) {
        int[] pairs = r.someByProperty.values(p);
        for (int i = 1; i < pairs[0]; i += 2) {
            if (pairs[i + 1] == 0 || store.contains(o, r.type, pairs[i + 1])) emit(s, r.type, pairs[i]);
        }
        pairs = r.valueByProperty.values(p);
        for (int i = 1; i < pairs[0]; i += 2) {
            if (pairs[i + 1] == o) emit(s, r.type, pairs[i]);
        }
        if (literal) return;
        pairs = r.allByProperty.values(p);
        for (int i = 1; i < pairs[0]; i += 2) {
            if (store.contains(s, r.type, pairs[i])) emit(o, r.type, pairs[i + 1]);
        }
        pairs = r.maxOneByProperty.values(p);
        for (int i = 1; i < pairs[0]; i += 2) {
            int onClass = pairs[i + 1];
            if (!store.contains(s, r.type, pairs[i]) || !typed(o, onClass)) continue;
            int[] objects = store.objects(s, p);
            for (int k = 1; k <= objects[0]; k++) {
                if (typed(objects[k], onClass)) sameAs(o, objects[k]);
            }
        }
    }

    private void classRules(int x, int c) {
        int[] list = r.classSupers.values(c);
        for (int i = 1; i <= list[0]; i++) emit(x, r.type, list[i]);
        list = r.intersectionsOfMember.values(c);
        for (int i = 1; i <= list[0]; i++) intersection(x, list[i]);
        list = r.someByFiller.values(c);
        for (int i = 1; i < list[0]; i += 2) {
            int[] subjects = store.subjects(list[i + 1], x);
            for (int k = 1; k <= subjects[0]; k++) emit(subjects[k], r.type, list[i]);
        }
        list = r.valueByRestriction.values(c);
        if (list[0] > 0) emit(x, list[1], list[2]);
        list = r.allByRestriction.values(c);
        if (list[0] > 0) {
            int[] objects = store.objects(x, list[1]);
            for (int k = 1; k <= objects[0]; k++) emit(objects[k], r.type, list[2]);
        }
        list = r.maxOneByRestriction.values(c);
        if (list[0] > 0) {
            int onClass = list[2];
            int[] objects = store.objects(x, list[1]);
            for (int i = 1; i <= objects[0]; i++) {
                if (!typed(objects[i], onClass)) continue;
                for (int j = i + 1; j <= objects[0]; j++) if (typed(objects[j], onClass)) sameAs(objects[i], objects[j]);
            }
        }
        list = r.maxOneByOnClass.values(c);
        for (int i = 1; i < list[0]; i += 2) maxOneQualified(x, c, list[i], list[i + 1]);
        list = r.keysByClass.values(c);
        for (int i = 1; i <= list[0]; i++) key(x, list[i]);
    }

    /** cls-maxqc3 when the new fact is the type of a value: other values of the same class are the same individual. */
    private void maxOneQualified(int x, int c, int restriction, int p) {
        int[] subjects = store.subjects(p, x);
        for (int i = 1; i <= subjects[0]; i++) {
            if (!store.contains(subjects[i], r.type, restriction)) continue;
            int[] values = store.objects(subjects[i], p);
            for (int k = 1; k <= values[0]; k++) {
                if (values[k] != x && store.contains(values[k], r.type, c)) sameAs(x, values[k]);
            }
        }
    }

    /** cls-int1: the individual is in every member class of the intersection. */
    private void intersection(int x, int intersection) {
        int[] members = r.intersectionMembers.values(intersection);
        for (int i = 1; i <= members[0]; i++) {
            if (!store.contains(x, r.type, members[i])) return;
        }
        emit(x, r.type, intersection);
    }

    /** prp-trp, both ways from the new link. */
    private void transitive(int s, int p, int o) {
        int[] objects = store.objects(o, p);
        for (int i = 1; i <= objects[0]; i++) emit(s, p, objects[i]);
        int[] subjects = store.subjects(p, s);
        for (int i = 1; i <= subjects[0]; i++) emit(subjects[i], p, o);
    }

    /** prp-spo2: every path through the chain that passes the new link at the given position. */
    private void chain(int chain, int position, int s, int o) {
        int[] steps = r.chainSteps[chain];
        int result = r.chainResult[chain];
        if (steps.length == 2) {
            // The common case, without building sets of path ends.
            int[] ends = position == 0 ? store.objects(o, steps[1]) : store.subjects(steps[0], s);
            for (int i = 1; i <= ends[0]; i++) {
                if (position == 0) emit(s, result, ends[i]);
                else emit(ends[i], result, o);
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
        int[] values = store.objects(x, props[0]);
        for (int i = 1; i <= values[0]; i++) {
            int[] others = store.subjects(props[0], values[i]);
            for (int j = 1; j <= others[0]; j++) {
                int y = others[j];
                if (y == x || !store.contains(y, r.type, r.keyClass[k])) continue;
                boolean all = true;
                for (int q = 1; q < props.length && all; q++) all = shareValue(x, y, props[q]);
                if (all) sameAs(x, y);
            }
        }
    }

    private boolean shareValue(int x, int y, int p) {
        int[] values = store.objects(x, p);
        for (int i = 1; i <= values[0]; i++) if (store.contains(y, p, values[i])) return true;
        return false;
    }

    /** eq-sym and eq-trans, then eq-rep-s and eq-rep-o for what is known of the first name. */
    private void sameAsRules(int s, int o) {
        // Equality copies facts to both ends of every property: from now on every property needs its subjects by object.
        store.indexAllObjects();
        emit(o, r.sameAs, s);
        int[] others = store.objects(o, r.sameAs);
        for (int i = 1; i <= others[0]; i++) if (others[i] != s) emit(s, r.sameAs, others[i]);
        for (int q : store.properties()) {
            int[] values = store.objects(s, q);
            for (int i = 1; i <= values[0]; i++) emit(o, q, values[i]);
            int[] subjects = store.subjects(q, s);
            for (int i = 1; i <= subjects[0]; i++) emit(subjects[i], q, o);
        }
    }

    /** eq-rep-s and eq-rep-o for a new fact about a name that has equals. */
    private void replaceEquals(int s, int p, int o) {
        int[] equals = store.objects(s, r.sameAs);
        for (int i = 1; i <= equals[0]; i++) emit(equals[i], p, o);
        if (ids.isLiteral(o)) return;
        equals = store.objects(o, r.sameAs);
        for (int i = 1; i <= equals[0]; i++) emit(s, p, equals[i]);
    }

    private void sameAs(int a, int b) {
        if (a != b && !ids.isLiteral(a) && !ids.isLiteral(b)) emit(a, r.sameAs, b);
    }

    private boolean typed(int x, int cls) {
        return cls == 0 || store.contains(x, r.type, cls);
    }
}
