package org.pactgraph.search;

import java.time.Duration;

/**
 * The time one request's reconciliation may take: the server's query timeout, so that a batch
 * (100 queries, each with 20 properties of 100 values) costs no more than a SPARQL query may.
 * The work looks at it between candidates and stops with {@link Passed} once it is over.
 *
 * @param budget how long the work may run
 * @param endNanos when it ends, on {@link System#nanoTime()}'s clock
 */
public record WorkDeadline(Duration budget, long endNanos) {
    /** A deadline {@code budget} from now. */
    public static WorkDeadline in(Duration budget) {
        return new WorkDeadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** No deadline at all: for the precision test and the benchmark, which run in a JVM of their own. */
    public static final WorkDeadline NONE = new WorkDeadline(Duration.ofDays(365), Long.MAX_VALUE);

    /** Stops the work with {@link Passed} when the deadline is over. */
    public void check() {
        if (endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0) throw new Passed(budget);
    }

    /** Work stopped at its deadline; the message says what to do. */
    public static final class Passed extends RuntimeException {
        Passed(Duration budget) {
            super("The request ran past the server's timeout (" + budget.toMillis() / 1000.0 + " s) and was stopped;"
                    + " send fewer queries in a batch, or fewer property values", null, false, false);
        }
    }
}
