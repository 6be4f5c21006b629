package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** Numbers the nodes the reasoner meets, from 1, so that rules join on ints rather than on nodes. */
final class NodeIds {
    private final Map<Node, Integer> ids = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final BitSet literals = new BitSet();

    NodeIds() {
        nodes.add(null);
    }

    /** The node's id, numbering it when it is new. */
    int id(Node n) {
        Integer id = ids.get(n);
        if (id != null) return id;
        int next = nodes.size();
        ids.put(n, next);
        nodes.add(n);
        if (n.isLiteral()) literals.set(next);
        return next;
    }

    /** The node's id, or 0 when it was never numbered. */
    int existing(Node n) {
        Integer id = ids.get(n);
        return id == null ? 0 : id;
    }

    Node node(int id) {
        return nodes.get(id);
    }

    boolean isLiteral(int id) {
        return literals.get(id);
    }

    int size() {
        return nodes.size() - 1;
    }
}
