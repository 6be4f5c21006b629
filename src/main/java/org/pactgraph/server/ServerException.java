package org.pactgraph.server;

import org.pactgraph.PactGraphException;

/** The server could not start or was misconfigured: its port is taken, a password file is bad. */
public final class ServerException extends PactGraphException {
    public ServerException(String message, String hint) {
        super(message, hint);
    }

    public ServerException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
