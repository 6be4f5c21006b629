package org.pactgraph.server.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Back-off per client address: after {@link #MAX_FAILURES} wrong logins from one address within
 * {@link #WINDOW_SECONDS}, further credentials from it are refused with 429 and
 * {@code Retry-After} until the window ends, without being hashed. Other addresses are not
 * affected, and requests without credentials from that address still run as anonymous.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 10;
    static final long WINDOW_SECONDS = 60;
    /** Beyond this many addresses remembered, ended windows are forgotten. */
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long startMillis, int failures) {}

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds the address must wait before sending credentials again; 0 when it may now. */
    long retryAfterSeconds(String address) {
        Window w = windows.get(address);
        if (w == null || w.failures() < MAX_FAILURES) return 0;
        long left = w.startMillis() + WINDOW_SECONDS * 1000 - clock.millis();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    /** Counts a wrong login from the address. */
    void failed(String address) {
        long now = clock.millis();
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.startMillis() + WINDOW_SECONDS * 1000 <= now);
        }
        windows.merge(address, new Window(now, 1), (old, one) -> old.startMillis() + WINDOW_SECONDS * 1000 <= now
                ? one : new Window(old.startMillis(), old.failures() + 1));
    }
}
