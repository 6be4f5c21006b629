package org.pactgraph.server.limits;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * The most that one step of a query may hold in memory where it cannot spill to disk: the
 * groups of a {@code GROUP BY} (ARQ keeps every group and its aggregates in a map until the
 * last row) and the triples a property path walks from one start node (ARQ collects the nodes
 * reached in sets before it gives the first). Both are {@value #TIMES_SPILL} times the rows a
 * sort keeps in memory ({@code serve --spill-rows}), 1,000,000 by default; past it the query is
 * refused with 413 and a message naming the bound, never left to fill the heap.
 *
 * @param max the bound
 */
record HeldRowsLimit(long max) {
    /** The bound as a multiple of {@code --spill-rows}. */
    static final int TIMES_SPILL = 10;

    /** The bound for a query run with this context. */
    static HeldRowsLimit of(Context cxt) {
        long spill = cxt.getLong(ARQ.spillToDiskThreshold, -1);
        return new HeldRowsLimit(spill <= 0 ? Long.MAX_VALUE : spill * TIMES_SPILL);
    }

    /** Refuses the query when {@code held} is more than the bound. */
    void check(long held, String what, String narrow) {
        if (held > max) {
            throw new QueryRefused(HttpSC.PAYLOAD_TOO_LARGE_413, "This query holds more than " + max + " " + what
                    + " in memory; this server's limit is " + max + " (" + TIMES_SPILL + " times serve --spill-rows). " + narrow);
        }
    }
}
