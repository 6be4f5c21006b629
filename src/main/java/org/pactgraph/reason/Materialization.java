package org.pactgraph.reason;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * What materialisation found: the entailed triples that were not asserted (for the inferred
 * graph), the contradictions, and figures.
 *
 * @param schema the axioms the rules ran with
 * @param inferred the entailed triples about named things, none of them asserted
 * @param clashes the contradictions; empty when the data is consistent with the ontology
 * @param assertedFacts distinct asserted triples read
 * @param derivedFacts facts derived, including those about anonymous class expressions that the
 *     inferred graph leaves out
 */
public record Materialization(Schema schema, Graph inferred, List<Clash> clashes, long assertedFacts, long derivedFacts) {
    public Materialization {
        clashes = List.copyOf(clashes);
    }

    /** True when no rule concluded a contradiction. */
    public boolean consistent() {
        return clashes.isEmpty();
    }
}
