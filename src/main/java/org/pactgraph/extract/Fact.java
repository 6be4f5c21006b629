package org.pactgraph.extract;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One statement extracted from text, with the sentence that supports it and the name of the
 * extraction rule that produced it.
 */
public record Fact(Node subject, Node predicate, Node object, Sentence evidence, String rule) {
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
    }

    /** The statement without its evidence. */
    public Triple triple() {
        return Triple.create(subject, predicate, object);
    }
}
