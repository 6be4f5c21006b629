package org.pactgraph.reason;

import java.util.List;
import org.apache.jena.graph.Triple;

/**
 * Every way a triple is proven: asserted (a leaf, with its sources), or by each rule instance
 * whose premises are proven in turn, down to asserted triples. A triple met twice in one
 * explanation is the same {@code Proof} object, so the whole is a graph, not a tree, and stays
 * as large as the triples it touches.
 *
 * @param triple what holds
 * @param sources where an asserted triple comes from; empty for a derived one
 * @param ways the rule instances that conclude it, the shallowest first; empty for an asserted one
 */
public record Proof(Triple triple, List<Source> sources, List<Way> ways) {
    public Proof {
        sources = List.copyOf(sources);
        ways = List.copyOf(ways);
    }

    /**
     * One rule instance that concludes the triple.
     *
     * @param rule the rule's name in the OWL 2 RL tables
     * @param axiom the schema triple the rule used, or null when it needs none
     * @param entailedBy for an axiom that is itself entailed, the schema rule that entails it; else null
     * @param premises the premises, each proven
     */
    public record Way(String rule, Triple axiom, String entailedBy, List<Proof> premises) {
        public Way {
            premises = List.copyOf(premises);
        }
    }

    /** True for an asserted triple. */
    public boolean isAsserted() {
        return ways.isEmpty();
    }
}
