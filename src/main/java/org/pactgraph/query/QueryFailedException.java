package org.pactgraph.query;

import org.pactgraph.PactGraphException;

/** A query that does not parse, or an endpoint that does not answer. */
public final class QueryFailedException extends PactGraphException {
    public QueryFailedException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
