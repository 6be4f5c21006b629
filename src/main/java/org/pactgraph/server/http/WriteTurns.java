package org.pactgraph.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The turns of writers' requests to the store, one at a time, first come first served, with a
 * bounded line: a write waits for its turn at most {@link #WAIT_SECONDS}, and at most
 * {@link #WAITING_PER_CLIENT} writes of one client ({@link ClientAddress}) and {@link #WAITING} in
 * all wait at once. A write past either bound is refused at once, 503 with {@code Retry-After},
 * rather than parking a server thread for the whole wait: before, every write waited up to 20 s,
 * so one writer sending many writes behind a slow one held as many threads as it sent writes.
 * Readers never wait here.
 */
final class WriteTurns {
    /** How long a write waits for the one before it (whose body may take up to its own deadline). */
    static final long WAIT_SECONDS = 20;
    /** Writes of one client that may wait for a turn at once. */
    static final int WAITING_PER_CLIENT = 2;
    /** Writes of all clients that may wait for a turn at once. */
    static final int WAITING = 16;
    /** Seconds a refused writer is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ReentrantLock turn = new ReentrantLock(true);
    /** The writes waiting, per client; guarded by itself. */
    private final Map<String, Integer> waiting = new HashMap<>();

    /**
     * Takes the turn for a write of the client, waiting in line if there is room; empty when it
     * has the turn (give it back with {@link #end()}), else the refusal to send.
     */
    Optional<PlainRefusal> take(String client) {
        try {
            // With a timeout, even of 0, a fair lock is not taken ahead of the writes already in line (tryLock() would be).
            if (turn.tryLock(0, TimeUnit.SECONDS)) return Optional.empty();
            Optional<PlainRefusal> full = joinLine(client);
            if (full.isPresent()) return full;
            try {
                if (turn.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) return Optional.empty();
                return Optional.of(busy("another write has held the store for " + WAIT_SECONDS + " s"));
            } finally {
                leaveLine(client);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(busy("the server is stopping"));
        }
    }

    /** Gives back the turn taken. */
    void end() {
        turn.unlock();
    }

    private Optional<PlainRefusal> joinLine(String client) {
        synchronized (waiting) {
            int mine = waiting.getOrDefault(client, 0);
            if (mine >= WAITING_PER_CLIENT) {
                return Optional.of(busy("this client already has " + WAITING_PER_CLIENT + " writes waiting for their turn"));
            }
            int all = waiting.values().stream().mapToInt(Integer::intValue).sum();
            if (all >= WAITING) return Optional.of(busy("all " + WAITING + " places for writes waiting for their turn are taken"));
            waiting.put(client, mine + 1);
            return Optional.empty();
        }
    }

    private void leaveLine(String client) {
        synchronized (waiting) {
            waiting.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
        }
    }

    private static PlainRefusal busy(String why) {
        return PlainRefusal.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The store is busy: " + why
                + " (the store takes one write at a time); nothing was written. Send it again in " + RETRY_AFTER_SECONDS + " s.")
                .retryAfter(RETRY_AFTER_SECONDS);
    }
}
