package org.pactgraph.reason;

import java.util.Arrays;

/**
 * Every fact the reasoner knows, asserted or derived, as int triples: for each property a
 * duplicate check and the objects of each subject, and the subjects of each object only for the
 * properties whose rules look backwards along them (an index that is not needed is not paid for
 * on every fact); then the log of facts in the order they were added, which is also the agenda
 * of the forward chainer (a fact is joined with what is known once, when its turn comes).
 * Lists are as {@link IntLists} gives them: the length first, then the values.
 */
final class FactStore {
    /**
     * The facts of one property. Whether a fact is known is read from its subject's list of
     * objects while the list is short, which the rules' bursts of facts about one subject find in
     * the cache; a subject with more objects also gets its pairs in a hash set.
     */
    static final class Table {
        /** Up to this many objects a subject's list is searched; beyond, the pair set answers. */
        private static final int SCAN = 16;

        final PairSet pairs = new PairSet();
        final IntLists bySubject = new IntLists();
        /** Null when no rule asks for the subjects of an object. */
        IntLists byObject;

        boolean contains(int s, int o) {
            int[] objects = bySubject.values(s);
            int n = objects[0];
            if (n > SCAN) return pairs.contains(s, o);
            for (int i = 1; i <= n; i++) if (objects[i] == o) return true;
            return false;
        }

        /** Adds the pair to the subject's list; false when it was there. */
        boolean add(int s, int o) {
            int[] objects = bySubject.values(s);
            int n = objects[0];
            if (n > SCAN) {
                if (!pairs.add(s, o)) return false;
            } else {
                for (int i = 1; i <= n; i++) if (objects[i] == o) return false;
                if (n == SCAN) {
                    for (int i = 1; i <= n; i++) pairs.add(s, objects[i]);
                    pairs.add(s, o);
                }
            }
            bySubject.add(s, o);
            return true;
        }
    }

    private static final int[] EMPTY = {0};

    private Table[] tables = new Table[64];
    private int[] properties = new int[16];
    private int propertyCount;
    private boolean[] indexObjects = new boolean[64];
    private boolean allObjectsIndexed;
    private int[] log = new int[3 * 1024];
    private int size;

    /** Keeps the subjects of each object of the property, for rules that go backwards along it. Call before adding its facts. */
    void indexObjectsOf(int p) {
        if (p >= indexObjects.length) indexObjects = Arrays.copyOf(indexObjects, Math.max(p + 1, indexObjects.length * 2));
        indexObjects[p] = true;
    }

    /** Keeps the subjects of each object of every property from now on, indexing the facts known so far. */
    void indexAllObjects() {
        if (allObjectsIndexed) return;
        allObjectsIndexed = true;
        // Rebuilt from the log for every property, so that no index misses or repeats a fact.
        for (int i = 0; i < propertyCount; i++) tables[properties[i]].byObject = new IntLists();
        for (int i = 0; i < size; i++) tables[log[3 * i + 1]].byObject.add(log[3 * i + 2], log[3 * i]);
    }

    /** Adds the fact; false when it was known. */
    boolean add(int s, int p, int o) {
        Table t = tableFor(p);
        if (!t.add(s, o)) return false;
        if (t.byObject != null) t.byObject.add(o, s);
        if (3 * size + 3 > log.length) log = Arrays.copyOf(log, log.length * 2);
        log[3 * size] = s;
        log[3 * size + 1] = p;
        log[3 * size + 2] = o;
        size++;
        return true;
    }

    boolean contains(int s, int p, int o) {
        Table t = table(p);
        return t != null && t.contains(s, o);
    }

    /** The property's facts, or null when there are none. */
    Table table(int p) {
        return p < tables.length ? tables[p] : null;
    }

    /** The properties that have facts, in the order they were first met. */
    int[] properties() {
        return Arrays.copyOf(properties, propertyCount);
    }

    /** How many facts there are. */
    int size() {
        return size;
    }

    int subject(int i) {
        return log[3 * i];
    }

    int property(int i) {
        return log[3 * i + 1];
    }

    int object(int i) {
        return log[3 * i + 2];
    }

    /** The objects of the subject for the property: the count in cell 0, the objects after it. */
    int[] objects(int s, int p) {
        Table t = table(p);
        return t == null ? EMPTY : t.bySubject.values(s);
    }

    /** The subjects that have the object for the property, for a property whose objects are indexed. */
    int[] subjects(int p, int o) {
        Table t = table(p);
        if (t == null) return EMPTY;
        if (t.byObject == null) throw new IllegalStateException("no index of the subjects of property " + p);
        return t.byObject.values(o);
    }

    private Table tableFor(int p) {
        if (p >= tables.length) tables = Arrays.copyOf(tables, Math.max(p + 1, tables.length * 2));
        Table t = tables[p];
        if (t == null) {
            t = new Table();
            if (allObjectsIndexed || (p < indexObjects.length && indexObjects[p])) t.byObject = new IntLists();
            tables[p] = t;
            if (propertyCount == properties.length) properties = Arrays.copyOf(properties, propertyCount * 2);
            properties[propertyCount++] = p;
        }
        return t;
    }
}
