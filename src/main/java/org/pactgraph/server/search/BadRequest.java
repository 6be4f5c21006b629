package org.pactgraph.server.search;

import org.pactgraph.PactGraphException;

/** A request that search or reconciliation refuses with 400: the message names the parameter, what was found and what is expected. */
public final class BadRequest extends PactGraphException {
    public BadRequest(String message, String hint) {
        super(message, hint);
    }
}
