package org.pactgraph.server.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.store.LiveDataset;

/**
 * Which state of the store the server answers from, as a short token: every document derived
 * from the store (a resource's description, a dump, the ontology, the VoID) is the same for as
 * long as the token is, so the token is their validator. It changes when a load switches the
 * store to a new TDB2 generation, when a write request succeeds, and when the server restarts
 * (a random part: an in-memory store or a restart over edited files may hold other data).
 */
public final class StoreVersion {
    private final DatasetGraph store;
    private final String instance = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private final AtomicLong writes = new AtomicLong();
    private volatile State state;

    /**
     * One state of the store: its token, since when (to the second) the server has answered from
     * it, and whether it is the first state of that second; when it is not, a date ("unmodified
     * since") cannot tell it from the state before it.
     */
    public record State(String token, Instant since, boolean firstInItsSecond) {}

    public StoreVersion(DatasetGraph store) {
        this.store = store;
        this.state = new State(token(), Instant.now().truncatedTo(ChronoUnit.SECONDS), true);
    }

    /** The state the next transaction will read. */
    public State current() {
        String token = token();
        State s = state;
        if (s.token.equals(token)) return s;
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        State next = new State(token, second, second.isAfter(s.since()));
        state = next;
        return next;
    }

    /** Records that a write request changed the store. */
    public void written() {
        writes.incrementAndGet();
    }

    private String token() {
        String generation = "m";
        if (store instanceof LiveDataset live) {
            // A read transaction moves the dataset to the newest generation a load left.
            Txn.executeRead(live, () -> { });
            generation = live.generation().getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
        return instance + "." + generation + "." + writes.get();
    }
}
