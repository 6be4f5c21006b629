package org.pactgraph.reason;

import org.apache.jena.graph.Triple;

/**
 * Whether a triple still follows, in one step of an OWL 2 RL rule, from what a store holds now:
 * the re-derivation step of incremental maintenance (delete what may have lost its support, then
 * put back what still follows from what is left). The rules are {@link ForwardChainer}'s, read
 * backwards ({@link BackwardRules}); a premise about an anonymous class expression is never
 * stored, so a step that needs one does not count, and the caller reasons such a triple out in
 * full instead.
 */
public final class Rederivation {
    private final BackwardRules rules;
    private final Facts facts;

    /** Re-derivation with the axioms of {@code schema} (read once, shared by many), over the facts of a store. */
    public Rederivation(Schema schema, Facts facts) {
        this.rules = new BackwardRules(schema, facts);
        this.facts = facts;
    }

    /** True when a rule concludes the triple from premises that all hold, none of them the triple itself. */
    public boolean follows(Triple t) {
        for (Step step : rules.steps(t)) {
            if (step.premises().stream().allMatch(p -> !p.equals(t) && !rules.internal(p) && facts.holds(p))) return true;
        }
        return false;
    }
}
