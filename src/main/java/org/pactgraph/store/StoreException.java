package org.pactgraph.store;

import org.pactgraph.PactGraphException;

/** The store could not be opened, locked, read or written. */
public final class StoreException extends PactGraphException {
    public StoreException(String message, String hint) {
        super(message, hint);
    }

    public StoreException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
