package org.pactgraph.extract;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One statement extracted from text, with the sentence that supports it, the name of the
 * extraction rule that produced it, and how sure the rule is of it (from 0 to 1): below
 * {@link Confidence#THRESHOLD} the statement is a candidate for review, not a fact.
 */
public record Fact(Node subject, Node predicate, Node object, Sentence evidence, String rule, double confidence) {
    /** A statement the rule read whole from its sentence. */
    public Fact(Node subject, Node predicate, Node object, Sentence evidence, String rule) {
        this(subject, predicate, object, evidence, rule, Confidence.IN_SENTENCE);
    }

    public Fact {
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence " + confidence + " is not from 0 to 1");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
    }

    /** True when the statement is kept for review only, outside the asserted graph. */
    public boolean isCandidate() {
        return confidence < Confidence.THRESHOLD;
    }

    /** The same statement with another confidence. */
    public Fact withConfidence(double c) {
        return new Fact(subject, predicate, object, evidence, rule, c);
    }

    /** The statement without its evidence. */
    public Triple triple() {
        return Triple.create(subject, predicate, object);
    }
}
