package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.model.Namespaces;

/**
 * Explains why a triple holds by searching backwards over the materialised store: which OWL 2
 * RL rule concludes it from premises that hold, and why those hold, down to asserted triples
 * with their sources. Nothing is recorded while materialising (that would cost memory on every
 * load, for explanations few triples ever need); the store already holds every inferred triple,
 * so the search only has to find premises that are there. Shallow trees are found first
 * (iterative deepening); a premise already on the path is never used again, so the tree is a
 * real proof and not a cycle. {@link #explainAll} finds every derivation instead.
 */
public final class Explainer {
    private static final int[] DEPTHS = {3, 6, 12, 24, 48};
    /** A bound on the search, far above what any explanation of the project's data needs. */
    private static final int BUDGET = 200_000;

    private final Schema schema;
    private final Facts facts;
    private final PrefixMapping prefixes;
    private final BackwardRules rules;
    private final Map<Triple, Derivation> proven = new HashMap<>();
    private int spent;

    public Explainer(Schema schema, Facts facts) {
        this(schema, facts, Namespaces.standard());
    }

    /** An explainer whose terms are read and written with the given prefixes. */
    public Explainer(Schema schema, Facts facts, PrefixMapping prefixes) {
        this.schema = schema;
        this.facts = facts;
        this.prefixes = prefixes;
        this.rules = new BackwardRules(schema, facts);
    }

    /**
     * An explainer over a stored dataset, with the axioms of its asserted graphs and the
     * prefixes the store keeps (the standard ones and those the loaded ontologies declare). The
     * caller holds a read transaction.
     */
    public static Explainer over(DatasetGraph dsg) {
        return new Explainer(Schema.of(new AssertedGraph(dsg)), new DatasetFacts(dsg),
                Namespaces.standardWith(Prefixes.adapt(dsg.prefixes())));
    }

    /** The prefixes terms are read and written with. */
    public PrefixMapping prefixes() {
        return prefixes;
    }

    /** Reads terms as people type them, with these prefixes. */
    public TermParser terms() {
        return new TermParser(prefixes);
    }

    /** Writes terms, triples and axioms with these prefixes. */
    public NodeText text() {
        return new NodeText(prefixes, schema);
    }

    /** The axioms the explanations use. */
    public Schema schema() {
        return schema;
    }

    /** The facts the explanations rest on. */
    public Facts facts() {
        return facts;
    }

    /** Why the triple holds, or empty when it does not hold (or no proof was found within the search's bound). */
    public Optional<Derivation> explain(Triple t) {
        spent = 0;
        forgetEarlierCalls();
        for (int depth : DEPTHS) {
            Derivation d = prove(t, new HashSet<>(), depth);
            if (d != null) return Optional.of(d);
            if (spent >= BUDGET) break;
        }
        return Optional.empty();
    }

    /**
     * Every derivation of the triple down to asserted triples, or empty when it does not hold.
     * Each rule instance whose premises are all proven counts, the shallowest first; a premise
     * already on the path is never used (no cycles), and a triple met again is the same
     * {@link Proof}, with the derivations found where it was first met.
     */
    public Optional<WholeProof> explainAll(Triple t) {
        spent = 0;
        forgetEarlierCalls();
        Proof root = proveAll(t, new HashSet<>(), new HashMap<>());
        return root == null ? Optional.empty() : Optional.of(new WholeProof(root, spent <= BUDGET));
    }

    /**
     * Each call orders the rule instances by what it has proven itself: with what earlier calls
     * proved, the order (and so the derivation given first) would depend on what was asked
     * before, and explain and explainAll could disagree on a triple with several derivations.
     */
    private void forgetEarlierCalls() {
        proven.clear();
    }

    private Proof proveAll(Triple t, Set<Triple> path, Map<Triple, Proof> done) {
        Proof known = done.get(t);
        if (known != null) return known;
        if (facts.isAsserted(t)) {
            Proof leaf = new Proof(t, facts.sources(t), List.of());
            done.put(t, leaf);
            return leaf;
        }
        if (++spent > BUDGET) return null;
        if (!rules.internal(t) && !facts.holds(t)) return null;
        path.add(t);
        try {
            List<Proof.Way> ways = new ArrayList<>();
            for (Step step : candidates(t, path)) {
                List<Proof> premises = new ArrayList<>();
                for (Triple premise : step.premises()) {
                    Proof p = proveAll(premise, path, done);
                    if (p == null) break;
                    premises.add(p);
                }
                if (premises.size() == step.premises().size()) {
                    ways.add(new Proof.Way(step.rule(), step.axiom(), step.entailedBy(), premises));
                }
            }
            if (ways.isEmpty()) return null;
            Proof proof = new Proof(t, List.of(), ways);
            done.put(t, proof);
            return proof;
        } finally {
            path.remove(t);
        }
    }

    private Derivation prove(Triple t, Set<Triple> path, int depth) {
        Derivation known = proven.get(t);
        if (known != null) return known;
        if (facts.isAsserted(t)) {
            Derivation leaf = Derivation.leaf(t, facts.sources(t));
            proven.put(t, leaf);
            return leaf;
        }
        if (depth == 0 || ++spent > BUDGET) return null;
        if (!rules.internal(t) && !facts.holds(t)) return null;
        path.add(t);
        try {
            for (Step step : candidates(t, path)) {
                List<Derivation> premises = new ArrayList<>();
                for (Triple premise : step.premises()) {
                    Derivation d = prove(premise, path, depth - 1);
                    if (d == null) break;
                    premises.add(d);
                }
                if (premises.size() == step.premises().size()) {
                    Derivation d = new Derivation(t, step.rule(), step.axiom(), step.entailedBy(), premises, List.of());
                    proven.put(t, d);
                    return d;
                }
            }
            return null;
        } finally {
            path.remove(t);
        }
    }

    /** The rule instances whose premises hold and are not on the path, the most asserted first. */
    private List<Step> candidates(Triple t, Set<Triple> path) {
        List<Step> out = new ArrayList<>();
        Map<Step, Integer> cost = new HashMap<>();
        for (Step step : rules.steps(t)) {
            int derived = 0;
            boolean usable = true;
            for (Triple premise : step.premises()) {
                if (path.contains(premise) || premise.equals(t)) {
                    usable = false;
                    break;
                }
                if (proven.containsKey(premise) || facts.isAsserted(premise)) continue;
                if (!rules.internal(premise) && !facts.holds(premise)) {
                    usable = false;
                    break;
                }
                derived++;
            }
            if (usable) {
                out.add(step);
                cost.put(step, derived * 16 + step.premises().size());
            }
        }
        out.sort(Comparator.comparingInt(cost::get));
        return out;
    }
}
