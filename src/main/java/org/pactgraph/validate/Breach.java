package org.pactgraph.validate;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A violation together with the statements of the data that make it, for a caller that must know
 * where they came from (a load sends extracted facts that break a shape to review instead of
 * refusing the corpus).
 *
 * @param violation the violation as the user reads it
 * @param focus the resource that breaks the shape
 * @param statements the triples behind it ({@link BreachStatements}): those on the result path
 *     from the focus (only those to the value the report names, when the constraint is about
 *     that value); or, when the shape misses a value or is broken by the resource as a whole,
 *     every triple that describes the focus
 * @param maxCount for a violation of {@code sh:maxCount}, the most values the shape allows (the
 *     statements are then the values, too many of them); -1 for any other constraint
 */
public record Breach(Violation violation, Node focus, Set<Triple> statements, int maxCount) {
    public Breach {
        statements = Set.copyOf(statements);
    }

    /** True when the resource has too many values on a path: some of the statements may stay. */
    public boolean tooMany() {
        return maxCount >= 0;
    }
}
