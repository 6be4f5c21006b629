package org.pactgraph.load;

import org.apache.jena.graph.Triple;
import org.pactgraph.validate.Violation;

/**
 * An extracted fact that a load sent to review instead of asserting it, because it broke a shape
 * ({@link ViolatingFactsToReview}): its evidence node is marked {@code pact:needsReview true} and
 * carries the reason ({@code pact:reviewReason}); the fact is no longer in the document's graph.
 *
 * @param document the announcement the fact was read from, as the load names it (relative to data/)
 * @param fact the fact
 * @param violation the violation it was behind
 * @param reason what the curator reads: the shape, the resource, the path and the shape's message
 */
public record Demotion(String document, Triple fact, Violation violation, String reason) {
    /** The shape it broke, as {@code shapes.ttl} names it. */
    public String shape() {
        return violation.shape();
    }
}
