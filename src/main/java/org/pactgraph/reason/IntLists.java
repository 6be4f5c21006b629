package org.pactgraph.reason;

import java.util.function.IntConsumer;

/**
 * For each int key, a growable list of ints: the adjacency lists of the {@link FactStore}.
 * Open addressing on primitive arrays, so that millions of facts cost no boxing. Keys are node
 * ids, which start at 1; 0 marks an empty slot.
 */
final class IntLists {
    private int[] keys;
    private int[][] lists;
    private int[] sizes;
    private int count;

    IntLists() {
        this(8);
    }

    IntLists(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedKeys * 2) - 1) << 1;
        keys = new int[capacity];
        lists = new int[capacity][];
        sizes = new int[capacity];
    }

    /** Appends a value to the key's list (duplicates are the caller's business). */
    void add(int key, int value) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            lists[slot] = new int[2];
            if (++count * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        int[] list = lists[slot];
        int n = sizes[slot];
        if (n == list.length) {
            list = java.util.Arrays.copyOf(list, n * 2);
            lists[slot] = list;
        }
        list[n] = value;
        sizes[slot] = n + 1;
    }

    /** How many values the key has. */
    int size(int key) {
        int slot = slot(key);
        return keys[slot] == 0 ? 0 : sizes[slot];
    }

    /**
     * The key's backing array, valid up to {@link #size(int)} (read the size first: adding may
     * replace the array but never changes the values already there). Empty when the key has none.
     */
    int[] values(int key) {
        int slot = slot(key);
        return keys[slot] == 0 ? EMPTY : lists[slot];
    }

    /** The first value of the key, or 0 when it has none. */
    int first(int key) {
        int slot = slot(key);
        return keys[slot] == 0 ? 0 : lists[slot][0];
    }

    /** Calls the action with each key that has values. */
    void forEachKey(IntConsumer action) {
        for (int key : keys) {
            if (key != 0) action.accept(key);
        }
    }

    private static final int[] EMPTY = new int[0];

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[][] oldLists = lists;
        int[] oldSizes = sizes;
        keys = new int[oldKeys.length * 2];
        lists = new int[keys.length][];
        sizes = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == 0) continue;
            int slot = slot(oldKeys[i]);
            keys[slot] = oldKeys[i];
            lists[slot] = oldLists[i];
            sizes[slot] = oldSizes[i];
        }
    }

    static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
