package org.pactgraph.reason;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * For each int key, a growable list of ints: the adjacency lists of the {@link FactStore}.
 * Open addressing on primitive arrays, so that millions of facts cost no boxing; each list keeps
 * its length in its first cell, so that a lookup touches one slot and one array. Keys are node
 * ids, which start at 1; 0 marks an empty slot.
 */
final class IntLists {
    private static final int[] EMPTY = {0};

    private int[] keys;
    private int[][] lists;
    private int count;

    IntLists() {
        this(8);
    }

    IntLists(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedKeys * 2) - 1) << 1;
        keys = new int[capacity];
        lists = new int[capacity][];
    }

    /** Appends a value to the key's list (duplicates are the caller's business). */
    void add(int key, int value) {
        int slot = slot(key);
        int[] list = lists[slot];
        if (list == null) {
            keys[slot] = key;
            list = new int[4];
            lists[slot] = list;
            if (++count * 2 > keys.length) grow();
        }
        int n = list[0] + 1;
        if (n == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            lists[key == keys[slot] ? slot : slot(key)] = list;
        }
        list[n] = value;
        list[0] = n;
    }

    /** How many values the key has. */
    int size(int key) {
        return values(key)[0];
    }

    /**
     * The key's list: its length in cell 0, the values in cells 1 to length. Adding may replace
     * the array but never changes the cells already there, so a caller may read an array it
     * holds up to the length it read first. A list of length 0 when the key has none.
     */
    int[] values(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            int k = keys[i];
            if (k == key) return lists[i];
            if (k == 0) return EMPTY;
            i = (i + 1) & mask;
        }
    }

    /** Calls the action with each key that has values. */
    void forEachKey(IntConsumer action) {
        for (int key : keys) {
            if (key != 0) action.accept(key);
        }
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[][] oldLists = lists;
        keys = new int[oldKeys.length * 2];
        lists = new int[keys.length][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == 0) continue;
            int slot = slot(oldKeys[i]);
            keys[slot] = oldKeys[i];
            lists[slot] = oldLists[i];
        }
    }

    static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
