package org.pactgraph.server;

import org.pactgraph.PactGraphException;

/** The server could not start, for example because its port is taken. */
public final class ServerException extends PactGraphException {
    public ServerException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
