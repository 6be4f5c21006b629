package org.pactgraph.reason;

import java.util.Arrays;
import java.util.BitSet;
import org.apache.jena.graph.Node;

/**
 * Numbers the nodes the reasoner meets, from 1, so that rules join on ints rather than on nodes.
 * An open-addressing table of nodes to ids, without boxing: numbering is most of the cost of
 * reading a large graph.
 */
final class NodeIds {
    private Node[] keys = new Node[1024];
    private int[] values = new int[1024];
    private Node[] nodes = new Node[512];
    private int size;
    private final BitSet literals = new BitSet();

    /** The node's id, numbering it when it is new. */
    int id(Node n) {
        int mask = keys.length - 1;
        int i = slot(n, mask);
        while (keys[i] != null) {
            if (keys[i].equals(n)) return values[i];
            i = (i + 1) & mask;
        }
        int id = ++size;
        keys[i] = n;
        values[i] = id;
        if (id == nodes.length) nodes = Arrays.copyOf(nodes, nodes.length * 2);
        nodes[id] = n;
        if (n.isLiteral()) literals.set(id);
        if (size * 2 > keys.length) grow();
        return id;
    }

    /** The node's id, or 0 when it was never numbered. */
    int existing(Node n) {
        int mask = keys.length - 1;
        int i = slot(n, mask);
        while (keys[i] != null) {
            if (keys[i].equals(n)) return values[i];
            i = (i + 1) & mask;
        }
        return 0;
    }

    Node node(int id) {
        return nodes[id];
    }

    boolean isLiteral(int id) {
        return literals.get(id);
    }

    int size() {
        return size;
    }

    private static int slot(Node n, int mask) {
        return IntLists.mix(n.hashCode()) & mask;
    }

    private void grow() {
        Node[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Node[oldKeys.length * 2];
        values = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = slot(oldKeys[j], mask);
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }
}
