package org.pactgraph.reason;

/**
 * A set of pairs of positive ints (a subject and an object of one property, or one id alone),
 * packed into longs and kept by open addressing: the fact store's duplicate check.
 */
final class PairSet {
    private long[] slots = new long[16];
    private int size;

    /** Adds the pair; false when it was there already. */
    boolean add(int a, int b) {
        long key = key(a, b);
        int i = slot(key);
        if (slots[i] == key) return false;
        slots[i] = key;
        if (++size * 2 > slots.length) grow();
        return true;
    }

    boolean contains(int a, int b) {
        long key = key(a, b);
        return slots[slot(key)] == key;
    }

    int size() {
        return size;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    private int slot(long key) {
        int mask = slots.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (slots[i] != 0 && slots[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) slots[slot(key)] = key;
        }
    }
}
