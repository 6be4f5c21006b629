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

/**
 * Explains why a triple holds by searching backwards over the materialised store: which OWL 2
 * RL rule concludes it from premises that hold, and why those hold, down to asserted triples
 * with their sources. Nothing is recorded while materialising (that would cost memory on every
 * load, for explanations few triples ever need); the store already holds every inferred triple,
 * so the search only has to find premises that are there. Shallow trees are found first
 * (iterative deepening); a premise already on the path is never used again, so the tree is a
 * real proof and not a cycle.
 */
public final class Explainer {
    private static final int[] DEPTHS = {3, 6, 12, 24, 48};
    /** A bound on the search, far above what any explanation of the project's data needs. */
    private static final int BUDGET = 200_000;

    private final Schema schema;
    private final Facts facts;
    private final BackwardRules rules;
    private final Map<Triple, Derivation> proven = new HashMap<>();
    private int spent;

    public Explainer(Schema schema, Facts facts) {
        this.schema = schema;
        this.facts = facts;
        this.rules = new BackwardRules(schema, facts);
    }

    /** An explainer over a stored dataset, with the axioms of its asserted graphs. The caller holds a read transaction. */
    public static Explainer over(org.apache.jena.sparql.core.DatasetGraph dsg) {
        return new Explainer(Schema.of(new AssertedGraph(dsg)), new DatasetFacts(dsg));
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
        for (int depth : DEPTHS) {
            Derivation d = prove(t, new HashSet<>(), depth);
            if (d != null) return Optional.of(d);
            if (spent >= BUDGET) break;
        }
        return Optional.empty();
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
