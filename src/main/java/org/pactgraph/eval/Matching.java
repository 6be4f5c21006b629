package org.pactgraph.eval;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Triple;

/**
 * How found statements are matched with gold ones. Strict: IRI for IRI, so that a minted name
 * other than the gold's (an agency's acronym for its full name, a statement numbered
 * 3 for the gold's 2, a partnership's other year) makes every statement about it wrong. Aligned:
 * the minted nodes found are first paired with the gold's ({@link NodeAligner}) and renamed.
 */
public enum Matching {
    STRICT, ALIGNED;

    /** The matching a name gives ({@code strict} or {@code aligned}), failing with the names there are. */
    public static Matching named(String name) {
        for (Matching m : values()) {
            if (m.label().equals(name)) return m;
        }
        throw new EvaluationException("No matching '" + name + "'; expected strict or aligned", "give --match strict or --match aligned");
    }

    /** The name the command line uses. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The renaming to apply to a document's found statements before they are compared with the
     * gold; {@code foundMarks} holds the found side's review marks (its candidates' too).
     */
    public Alignment align(String document, Set<Triple> found, Collection<Triple> foundMarks, Set<Triple> gold) {
        return this == STRICT ? Alignment.NONE : NodeAligner.align(document, found, foundMarks, gold);
    }
}
