package org.pactgraph.reason;

import java.util.Arrays;

/**
 * Every fact the reasoner knows, asserted or derived, as int triples: a duplicate check and
 * adjacency lists in both directions for each property, and the log of facts in the order they
 * were added, which is also the agenda of the forward chainer (a fact is joined with what is
 * known once, when its turn comes).
 */
final class FactStore {
    /** The facts of one property. */
    static final class Table {
        final PairSet pairs = new PairSet();
        final IntLists bySubject = new IntLists();
        final IntLists byObject = new IntLists();
    }

    private Table[] tables = new Table[64];
    private int[] properties = new int[16];
    private int propertyCount;
    private int[] log = new int[3 * 1024];
    private int size;

    /** Adds the fact; false when it was known. */
    boolean add(int s, int p, int o) {
        Table t = tableFor(p);
        if (!t.pairs.add(s, o)) return false;
        t.bySubject.add(s, o);
        t.byObject.add(o, s);
        if (3 * size + 3 > log.length) log = Arrays.copyOf(log, log.length * 2);
        log[3 * size] = s;
        log[3 * size + 1] = p;
        log[3 * size + 2] = o;
        size++;
        return true;
    }

    boolean contains(int s, int p, int o) {
        Table t = table(p);
        return t != null && t.pairs.contains(s, o);
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

    /** How many objects the subject has for the property. */
    int objectCount(int s, int p) {
        Table t = table(p);
        return t == null ? 0 : t.bySubject.size(s);
    }

    /** The objects of the subject for the property, valid up to {@link #objectCount}. */
    int[] objects(int s, int p) {
        Table t = table(p);
        return t == null ? EMPTY : t.bySubject.values(s);
    }

    int subjectCount(int p, int o) {
        Table t = table(p);
        return t == null ? 0 : t.byObject.size(o);
    }

    int[] subjects(int p, int o) {
        Table t = table(p);
        return t == null ? EMPTY : t.byObject.values(o);
    }

    private static final int[] EMPTY = new int[0];

    private Table tableFor(int p) {
        if (p >= tables.length) tables = Arrays.copyOf(tables, Math.max(p + 1, tables.length * 2));
        Table t = tables[p];
        if (t == null) {
            t = new Table();
            tables[p] = t;
            if (propertyCount == properties.length) properties = Arrays.copyOf(properties, propertyCount * 2);
            properties[propertyCount++] = p;
        }
        return t;
    }
}
