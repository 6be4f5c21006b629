package org.pactgraph.reason;

import org.pactgraph.PactGraphException;

/** A triple to explain that the store neither asserts nor entails. */
public final class NotEntailedException extends PactGraphException {
    public NotEntailedException(String triple) {
        super(triple + " is neither asserted nor inferred in the store",
                "check the names (for example with pactgraph query 'DESCRIBE <IRI>'), or load again if the data changed");
    }
}
