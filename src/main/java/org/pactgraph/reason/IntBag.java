package org.pactgraph.reason;

import java.util.Arrays;

/** A small set of node ids, for the ends of property chain paths. */
final class IntBag {
    private int[] values;
    private int size;
    private final PairSet seen = new PairSet();

    private IntBag(int capacity) {
        values = new int[Math.max(2, capacity)];
    }

    static IntBag of(int value) {
        IntBag bag = new IntBag(1);
        bag.add(value);
        return bag;
    }

    void add(int value) {
        if (!seen.add(value, 0)) return;
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    /** The nodes one step of the property away: objects when forward, subjects when not. */
    IntBag step(FactStore store, int p, boolean forward) {
        IntBag next = new IntBag(size);
        for (int i = 0; i < size; i++) {
            int[] nodes = forward ? store.objects(values[i], p) : store.subjects(p, values[i]);
            for (int k = 1; k <= nodes[0]; k++) next.add(nodes[k]);
        }
        return next;
    }
}
