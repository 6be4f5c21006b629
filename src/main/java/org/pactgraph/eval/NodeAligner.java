package org.pactgraph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Pact;

/**
 * Pairs the minted nodes found with the gold's minted nodes, one to one, so that as many found
 * statements as it can be are gold statements once renamed (the idea of Smatch, where the names of
 * a graph's variables are arbitrary). A found node pairs only with a gold node of its kind and only
 * on evidence of identity: the same IRI, the same name ({@link ScoringNameKey}), or a statement about it
 * other than its type, name or review mark that is a gold statement under the pairing (one
 * pointing at it only when the names are related), and two nodes of a named kind, both named,
 * only when their names are equal or related. The search
 * adds the pair that gains the most statements, again and again (a pair's gain depends on how its
 * neighbours are paired), then moves and swaps pairs while that gains; ties go to the first pair in
 * IRI order, so the result is the same on every run.
 */
final class NodeAligner {
    /** The most pairs of same-kind minted nodes a document may offer; the search grows with their number times its steps. */
    static final int MAX_PAIRS = 20_000;

    /**
     * The most statements, found and gold together, a document may hold; each step of the search
     * reads a pair's statements again (real gold files hold a few hundred).
     */
    static final int MAX_STATEMENTS = 5_000;

    /**
     * Statements that say nothing of which node a node is: its type, names and review mark, the
     * document that reports it (every statement of a document has the same) and a currency.
     */
    private static final Set<Node> NOT_EVIDENCE = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            Pact.needsReview.asNode(), Pact.reportedIn.asNode(), Pact.currency.asNode());

    private final Set<Triple> gold;
    private final List<Node> variables;
    private final Map<String, List<Node>> targetsByKind = new HashMap<>();
    private final Map<Node, List<Triple>> touching = new HashMap<>();
    private final Map<Node, Set<String>> foundNames;
    private final Map<Node, Set<String>> goldNames;
    private final Map<Node, Node> pairs = new HashMap<>();
    private final Map<Node, Node> pairedFrom = new HashMap<>();

    private NodeAligner(String document, Set<Triple> found, Collection<Triple> foundMarks, Set<Triple> gold) {
        this.gold = gold;
        int statements = found.size() + gold.size();
        if (statements > MAX_STATEMENTS) {
            throw tooLarge(document, statements + " statements, more than " + MAX_STATEMENTS + " (" + found.size() + " found, " + gold.size() + " gold)");
        }
        Set<Node> minted = MintedNodes.of(found, foundMarks);
        Set<Node> used = MintedNodes.used(found);
        this.variables = List.copyOf(minted);
        // A gold node the found statements use as a constant stands for itself and takes no other node.
        for (Node g : MintedNodes.of(gold, gold)) {
            if (!used.contains(g) || minted.contains(g)) targetsByKind.computeIfAbsent(MintedNodes.kind(g), k -> new ArrayList<>()).add(g);
        }
        long offered = variables.stream().mapToLong(n -> targets(n).size()).sum();
        if (offered > MAX_PAIRS) {
            throw tooLarge(document, offered + " pairs of minted nodes, more than " + MAX_PAIRS + " (" + variables.size() + " minted nodes found)");
        }
        for (Triple t : found) {
            Node s = MintedNodes.owner(t.getSubject());
            touching.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
            Node o = MintedNodes.owner(t.getObject());
            if (!o.equals(s)) touching.computeIfAbsent(o, k -> new ArrayList<>()).add(t);
        }
        this.foundNames = names(found);
        this.goldNames = names(gold);
    }

    private static EvaluationException tooLarge(String document, String weight) {
        return new EvaluationException("Aligned matching of " + document + " would weigh " + weight, "score a document this large with --match strict");
    }

    /**
     * The pairing of the found statements' minted nodes with the gold's; {@code foundMarks} holds
     * the found side's review marks. Fails, naming the document, when it offers more than
     * {@link #MAX_PAIRS} pairs or holds more than {@link #MAX_STATEMENTS} statements.
     */
    static Alignment align(String document, Set<Triple> found, Collection<Triple> foundMarks, Set<Triple> gold) {
        NodeAligner aligner = new NodeAligner(document, found, foundMarks, gold);
        aligner.addGreedily();
        aligner.improve();
        return new Alignment(aligner.pairs);
    }

    /** Adds the admissible pair that gains most, until none gains. */
    private void addGreedily() {
        while (true) {
            Map<Node, Node> best = null;
            int bestGain = 0;
            for (Node n : variables) {
                if (pairs.containsKey(n)) continue;
                for (Node g : targets(n)) {
                    if (pairedFrom.containsKey(g)) continue;
                    Map<Node, Node> change = Map.of(n, g);
                    int gain = gain(change, bestGain);
                    if (gain > bestGain) {
                        best = change;
                        bestGain = gain;
                    }
                }
            }
            if (best == null) return;
            apply(best);
        }
    }

    /** Moves a node to another gold node (swapping with the node that had it) or unpairs it, while that gains. */
    private void improve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node n : variables) {
                Node current = pairs.get(n);
                List<Node> options = new ArrayList<>(targets(n));
                options.add(null);
                for (Node g : options) {
                    if (g == null ? current == null : g.equals(current)) continue;
                    Map<Node, Node> change = new LinkedHashMap<>();
                    change.put(n, g);
                    Node holder = g == null ? null : pairedFrom.get(g);
                    if (holder != null) change.put(holder, current);
                    if (gain(change, 0) > 0) {
                        apply(change);
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private List<Node> targets(Node n) {
        return targetsByKind.getOrDefault(MintedNodes.kind(n), List.of());
    }

    /**
     * The statements a change (found node to its new gold node, or null to unpair it) would gain,
     * or {@code Integer.MIN_VALUE} when a pair would lack evidence afterwards; the pairing is left as
     * it was. A change that cannot gain more than {@code toBeat} is not checked for evidence.
     */
    private int gain(Map<Node, Node> change, int toBeat) {
        Set<Triple> affected = new LinkedHashSet<>();
        for (Map.Entry<Node, Node> e : change.entrySet()) {
            affected.addAll(touching.getOrDefault(e.getKey(), List.of()));
            Node before = pairs.get(e.getKey());
            if (before != null) affected.addAll(touching.getOrDefault(before, List.of()));
            if (e.getValue() != null) affected.addAll(touching.getOrDefault(e.getValue(), List.of()));
        }
        int before = matched(affected);
        Map<Node, Node> undo = apply(change);
        try {
            int gain = matched(affected) - before;
            if (gain <= toBeat) return gain;
            for (Map.Entry<Node, Node> p : pairs.entrySet()) {
                if (!admissible(p.getKey(), p.getValue())) return Integer.MIN_VALUE;
            }
            return gain;
        } finally {
            apply(undo);
        }
    }

    /** Applies a change and returns the change that undoes it. */
    private Map<Node, Node> apply(Map<Node, Node> change) {
        Map<Node, Node> undo = new LinkedHashMap<>();
        change.keySet().forEach(n -> undo.put(n, pairs.get(n)));
        change.keySet().forEach(n -> {
            Node old = pairs.remove(n);
            if (old != null) pairedFrom.remove(old);
        });
        change.forEach((n, g) -> {
            if (g != null) {
                pairs.put(n, g);
                pairedFrom.put(g, n);
            }
        });
        return undo;
    }

    private int matched(Collection<Triple> found) {
        Set<Node> taken = pairedFrom.keySet();
        int matched = 0;
        for (Triple t : found) {
            if (gold.contains(Alignment.rename(t, pairs, taken))) matched++;
        }
        return matched;
    }

    /**
     * Whether the pairing gives evidence that a found node is the gold node: the same IRI, the
     * same name, or a gold statement about it (its quotation, speaker, partner, amount, date...).
     * Two named nodes of a kind that has names (a person, an organisation, a post...) pair only
     * when their names are related ({@link ScoringNameKey#related}) besides: another person holding the
     * gold person's post is not the gold person. A gold statement that points at it counts only
     * when the two names are related: that a partnership has a theme, or a quotation a speaker,
     * says that the node is one of them, not which, and would align a wrong theme or speaker with
     * a gold one for the statements around it.
     */
    private boolean admissible(Node n, Node g) {
        if (n.equals(g)) return true;
        Set<String> ours = foundNames.getOrDefault(n, Set.of());
        Set<String> theirs = goldNames.getOrDefault(g, Set.of());
        if (ours.stream().anyMatch(theirs::contains)) return true;
        boolean related = ours.stream().anyMatch(a -> theirs.stream().anyMatch(b -> ScoringNameKey.related(a, b)));
        if (!related && MintedNodes.named(n) && !ours.isEmpty() && !theirs.isEmpty()) return false;
        for (Triple t : touching.getOrDefault(n, List.of())) {
            Node subject = MintedNodes.owner(t.getSubject());
            boolean ownParts = subject.equals(MintedNodes.owner(t.getObject()));
            if (ownParts || NOT_EVIDENCE.contains(t.getPredicate()) || !(related || subject.equals(n))) continue;
            if (gold.contains(Alignment.rename(t, pairs, pairedFrom.keySet()))) return true;
        }
        return false;
    }

    private static Map<Node, Set<String>> names(Set<Triple> triples) {
        Map<Node, Set<String>> names = new HashMap<>();
        for (Triple t : triples) {
            Node p = t.getPredicate();
            if ((p.equals(RDFS.label.asNode()) || p.equals(SKOS.prefLabel.asNode())) && t.getObject().isLiteral()) {
                String key = ScoringNameKey.of(t.getObject().getLiteralLexicalForm());
                if (!key.isEmpty()) names.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(key);
            }
        }
        return names;
    }
}
