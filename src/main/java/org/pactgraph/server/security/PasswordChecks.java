package org.pactgraph.server.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The share of the machine that password hashing may take. PBKDF2 costs a good fraction of a
 * second of one core by design; without a bound, clients sending wrong passwords take every core
 * and anonymous queries wait behind them (64 such clients on two cores once made a one-row ASK
 * take 9.4 s). So checks run on at most half the cores at once (at least one), first come first served, and a
 * check that cannot start within {@link #MAX_WAIT_MILLIS} is not run at all: its request is
 * answered 429, and the thread goes back to serving others.
 */
final class PasswordChecks {
    /** How long a request waits for its turn to hash before it is refused as busy. */
    static final long MAX_WAIT_MILLIS = 2_000;
    /** How many requests may wait for each turn; more are refused at once. */
    static final int WAITING_PER_TURN = 4;

    /** Thrown when no turn came in time; the request is answered 429. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("Too many password checks are waiting; try again in a second", null, false, false);
        }
    }

    private final Semaphore turns;
    private final int waitingLimit;

    /** Checks that may use half the cores, and at least one. */
    PasswordChecks() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    PasswordChecks(int permits) {
        this.turns = new Semaphore(permits, true);
        this.waitingLimit = WAITING_PER_TURN * permits;
    }

    /** Runs the check in its turn; throws {@link Busy} when the turn did not come in time. */
    boolean run(BooleanSupplier check) {
        if (turns.getQueueLength() >= waitingLimit) throw new Busy();
        boolean acquired;
        try {
            acquired = turns.tryAcquire(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) throw new Busy();
        try {
            return check.getAsBoolean();
        } finally {
            turns.release();
        }
    }
}
