package org.pactgraph.server.limits;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query stopped by one of the server's bounds, with the status and message for its client.
 * It is a kind of cancellation because that is the one exception every step of ARQ passes on:
 * a {@code FILTER} turns any other into "false" and goes on with the next row. The query
 * endpoint ({@link RowCappedQuery}) answers it with its own status and message.
 */
final class QueryRefused extends QueryCancelledException {
    private final int status;
    private final String message;

    QueryRefused(int status, String message) {
        this.status = status;
        this.message = message;
    }

    int status() {
        return status;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
