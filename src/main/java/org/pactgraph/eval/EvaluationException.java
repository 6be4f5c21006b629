package org.pactgraph.eval;

import org.pactgraph.PactGraphException;

/** A gold standard or a corpus that cannot be evaluated: missing, unreadable or malformed. */
public final class EvaluationException extends PactGraphException {
    public EvaluationException(String message, String hint) {
        super(message, hint);
    }
}
