package org.pactgraph.export;

import org.pactgraph.PactGraphException;

/** An export that cannot be written as asked, such as a graph the store does not have. */
public final class ExportException extends PactGraphException {
    public ExportException(String message, String hint) {
        super(message, hint);
    }

    public ExportException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
