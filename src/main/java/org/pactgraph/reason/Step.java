package org.pactgraph.reason;

import java.util.List;
import org.apache.jena.graph.Triple;

/** One way a rule could conclude a triple: the rule, its axiom, and the premises it needs. */
record Step(String rule, Triple axiom, String entailedBy, List<Triple> premises) {
    Step(String rule, Triple axiom, List<Triple> premises) {
        this(rule, axiom, null, premises);
    }
}
