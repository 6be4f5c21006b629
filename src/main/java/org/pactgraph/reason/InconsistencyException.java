package org.pactgraph.reason;

import org.pactgraph.PactGraphException;

/** The data contradicts the ontology: the load is refused, with a report of each clash. */
public final class InconsistencyException extends PactGraphException {
    private final String report;

    public InconsistencyException(String summary, String report) {
        super(summary, "fix or remove the facts named above (or the axiom, if it is the one that is wrong) and load again; the store was not changed");
        this.report = report;
    }

    /** The whole report, one clash after another with the facts explained. */
    public String report() {
        return report;
    }
}
