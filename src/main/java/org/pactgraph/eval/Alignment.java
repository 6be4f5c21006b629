package org.pactgraph.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The renaming that aligned matching applies to the found statements before they are compared with
 * the gold: each paired minted node takes the IRI of its gold node (and a node with a fragment,
 * {@code funding:doc-1#amount}, follows the node it belongs to). A found node that is not paired
 * keeps its IRI, unless that IRI is the gold node another found node was paired with: it is then
 * marked {@value #UNALIGNED}, so that two found nodes never stand for one gold node.
 */
public final class Alignment {
    /** No renaming: strict matching. */
    public static final Alignment NONE = new Alignment(Map.of());
    /** What marks a found node whose own IRI another found node took. */
    static final String UNALIGNED = "#unaligned";

    private final Map<Node, Node> pairs;
    private final Set<Node> taken;

    /** The pairs, found node to gold node; no two found nodes may share a gold node. */
    Alignment(Map<Node, Node> pairs) {
        Map<Node, Node> sorted = new LinkedHashMap<>();
        pairs.keySet().stream().sorted(MintedNodes.BY_IRI).forEach(k -> sorted.put(k, pairs.get(k)));
        this.pairs = Collections.unmodifiableMap(sorted);
        this.taken = new HashSet<>(pairs.values());
        if (taken.size() != pairs.size()) throw new IllegalArgumentException("two found nodes paired with one gold node: " + pairs);
    }

    /** The found nodes that were given another IRI, each with the gold IRI it was given, in IRI order. */
    public Map<Node, Node> renamed() {
        Map<Node, Node> renamed = new LinkedHashMap<>();
        pairs.forEach((from, to) -> {
            if (!from.equals(to)) renamed.put(from, to);
        });
        return renamed;
    }

    /** The statement with its nodes renamed. */
    public Triple rename(Triple t) {
        return rename(t, pairs, taken);
    }

    /** The statements renamed, in their order. */
    public Set<Triple> rename(Collection<Triple> triples) {
        Set<Triple> out = new LinkedHashSet<>();
        triples.forEach(t -> out.add(rename(t)));
        return out;
    }

    /** The statement renamed by the given pairs, {@code taken} being their gold nodes: the one rule, also used while searching. */
    static Triple rename(Triple t, Map<Node, Node> pairs, Set<Node> taken) {
        if (pairs.isEmpty()) return t;
        return Triple.create(image(t.getSubject(), pairs, taken), t.getPredicate(), image(t.getObject(), pairs, taken));
    }

    private static Node image(Node n, Map<Node, Node> pairs, Set<Node> taken) {
        if (!n.isURI()) return n;
        Node to = pairs.get(n);
        if (to != null) return to;
        if (taken.contains(n)) return NodeFactory.createURI(n.getURI() + UNALIGNED);
        Node owner = MintedNodes.owner(n);
        if (owner.equals(n) || !(pairs.containsKey(owner) || taken.contains(owner))) return n;
        String fragment = n.getURI().substring(owner.getURI().length() + 1);
        Node ownerImage = image(owner, pairs, taken);
        return NodeFactory.createURI(ownerImage.getURI() + (pairs.containsKey(owner) ? "#" : "-") + fragment);
    }
}
