package org.pactgraph.server.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Places of some bounded kind counted per client ({@link ClientAddress}), at most a fixed number
 * each: so that one client cannot take every place of a bound shared by all (bodies being read,
 * page files being sent). A client holding none is forgotten, so made-up addresses cannot grow it.
 */
public final class PlacesPerClient {
    private final int most;
    private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

    /** At most {@code most} places for each client. */
    public PlacesPerClient(int most) {
        if (most < 1) throw new IllegalArgumentException("A client needs at least one place, not " + most);
        this.most = most;
    }

    /** Takes a place for the client; false, and nothing taken, when it already holds its most. */
    public boolean take(String client) {
        boolean[] taken = {false};
        held.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= most) return n;
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    /** Gives back one place the client took. */
    public void giveBack(String client) {
        held.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
    }

    /** The most places of one client. */
    public int most() {
        return most;
    }
}
