package org.pactgraph.server.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.eclipse.jetty.io.EndPoint;

/**
 * A request body as {@link BodyReads} reads it in one of its places: it fails with
 * {@link TooSlow} once a read returns (or, while one waits, {@link #endIfLate} finds it) past its
 * deadline, or, when it has a minimum rate (RDF for the Graph Store, whose deadline is long),
 * once it is slow ({@link #slow}) after
 * {@link #RATE_GRACE}; and it can be cut from another thread, when
 * another client needs the place of the slowest body, by letting its connection's idle timeout
 * expire at once (the read that waits fails, and the sender is answered 408). The clocks start at
 * the first read, so a body is not charged for time the server took before reading it (the
 * password check before it).
 */
final class TimedBody extends FilterInputStream {
    /** The lowest rate taken from a body that has been sending for {@link #RATE_GRACE}. */
    static final long MIN_BYTES_PER_SECOND = 1024;
    static final Duration RATE_GRACE = Duration.ofSeconds(3);
    /** What a body's first bytes are given before they must keep up: a second, so one starting at the minimum rate has that much slack. */
    static final Duration FIRST_CREDIT = Duration.ofSeconds(1);
    /**
     * The most time that bytes sent ahead of the minimum rate may cover later. Measured as an
     * average since the first byte, a burst covered any trickle after it: 64 KiB, then a byte
     * every 9 s (under the idle timeout), kept its place for a minute before it was slow.
     */
    static final Duration MAX_CREDIT = Duration.ofSeconds(5);

    private final Duration limit;
    private final boolean minimumRate;
    private final EndPoint connection;
    private volatile long started;
    private volatile long bytes;
    /** The moment until which the bytes that arrived pay for the time at the minimum rate, at most {@link #MAX_CREDIT} ahead. */
    private volatile long paidUntil;
    private volatile boolean cut;
    /** Why the read that waited was ended from another thread ({@link #endIfLate}), or null. */
    private volatile TooSlow late;
    /** Whether a read is waiting for bytes now. */
    private volatile boolean waiting;
    /** The connection's idle timeout before {@link #endIfLate} ended it, given back for the answer. */
    private volatile long idleTimeout;
    private volatile boolean tooSlow;
    /** Whether a read found the body's end: all of it has arrived, however long its reader then takes. */
    private volatile boolean ended;

    TimedBody(InputStream in, Duration limit, boolean minimumRate, EndPoint connection) {
        super(in);
        this.limit = limit;
        this.minimumRate = minimumRate;
        this.connection = connection;
    }

    /** A body that took longer than its deadline to arrive, came too slowly, or was cut to give its place to another. */
    static final class TooSlow extends IOException {
        TooSlow(String why) {
            super(why);
        }
    }

    @Override
    public int read() throws IOException {
        start();
        int b = guarded(() -> super.read());
        check(); // before the bytes that just came are counted: a body that had fallen behind while this read waited is slow
        if (b >= 0) arrived(1);
        else ended = true;
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        start();
        int n = guarded(() -> super.read(buffer, off, len));
        check(); // as above
        if (n > 0) arrived(n);
        else if (n < 0) ended = true;
        return n;
    }

    private interface Read {
        int run() throws IOException;
    }

    private int guarded(Read read) throws IOException {
        waiting = true;
        try {
            return read.run();
        } catch (IOException e) {
            if (late != null) {
                tooSlow = true;
                connection.setIdleTimeout(idleTimeout); // whoever reads this answers 408, here or in Fuseki's parse message
                throw late;
            }
            if (!cut && !stalled(e)) throw e;
            tooSlow = true;
            throw cut ? cutMessage() : new TooSlow("The request body stopped arriving: no byte of it came for "
                    + connection.getIdleTimeout() / 1000 + " s (a chunk shorter than its size says?); send all of it");
        } finally {
            waiting = false;
        }
    }

    /** Whether a read failed because the connection's idle timeout expired while it waited for bytes. */
    private static boolean stalled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) return true;
        }
        return false;
    }

    private void start() {
        if (started != 0) return;
        long now = System.nanoTime();
        paidUntil = now + FIRST_CREDIT.toNanos();
        started = now;
    }

    /**
     * Counts bytes that arrived: each pays for the time it takes at the minimum rate, from now if
     * the body had fallen behind (what it owed is not carried: it is slow only while behind), and
     * no further ahead than {@link #MAX_CREDIT}. So a body is measured over its last few seconds,
     * never by an average since its start, and one sending at the minimum rate or faster, in
     * pieces of up to {@link #MAX_CREDIT}'s worth, never falls behind.
     */
    private void arrived(int n) {
        long now = System.nanoTime();
        bytes += n;
        long paid = Math.max(paidUntil, now) + n * 1_000_000_000L / MIN_BYTES_PER_SECOND;
        paidUntil = Math.min(paid, now + MAX_CREDIT.toNanos());
    }

    /** Nanoseconds since the first read, 0 before it. */
    long age(long now) {
        return started == 0 ? 0 : now - started;
    }

    /**
     * Whether the whole body has arrived. Its rate since the first read keeps falling while its
     * reader works on it (Fuseki parses a Graph Store upload as it streams, then commits), which
     * says nothing of how its client sends: such a body is not a slow one.
     */
    boolean ended() {
        return ended;
    }

    /**
     * Nanoseconds by which the bytes that arrived fall short of the minimum rate now, counting
     * bytes sent ahead for at most {@link #MAX_CREDIT}; 0 or less while the body keeps up (before
     * its first read too).
     */
    long behind(long now) {
        return started == 0 ? Long.MIN_VALUE : now - paidUntil;
    }

    /** Whether the body is now behind the minimum rate: it arrives at under {@link #MIN_BYTES_PER_SECOND} lately. */
    boolean slow(long now) {
        return behind(now) > 0;
    }

    /**
     * Ends this body's reading from another thread: its connection's idle timeout expires at once,
     * which fails the read that waits; the reading thread answers 408 and closes the connection.
     */
    void cut() {
        cut = true;
        connection.setIdleTimeout(1);
    }

    /** Gives the connection back its idle timeout, so that the answer to a cut body can be written. */
    void restore(long idleTimeoutMillis) {
        if (cut) connection.setIdleTimeout(idleTimeoutMillis);
    }

    /** Whether a read of this body failed as too slow (or cut), so that whoever read it answers 408. */
    boolean failedAsTooSlow() {
        return tooSlow;
    }

    private void check() throws TooSlow {
        try {
            checkNow();
        } catch (TooSlow e) {
            tooSlow = true;
            throw e;
        }
    }

    private void checkNow() throws TooSlow {
        if (cut) throw cutMessage();
        String why = lateness(System.nanoTime());
        if (why != null) throw new TooSlow(why);
    }

    /** Why the body is late now (past its deadline, or behind its minimum rate after the grace), or null. */
    private String lateness(long now) {
        if (age(now) > limit.toNanos()) {
            return "The request body did not arrive within " + limit.toSeconds() + " s; send it faster, or send a smaller one";
        }
        if (minimumRate && age(now) > RATE_GRACE.toNanos() && slow(now)) {
            return "The request body fell " + Math.max(1, behind(now) / 1_000_000) + " ms behind " + MIN_BYTES_PER_SECOND
                    + " bytes/s; this server takes at least " + MIN_BYTES_PER_SECOND + " bytes/s after the first " + RATE_GRACE.toSeconds()
                    + " s, and bytes sent ahead count for at most " + MAX_CREDIT.toSeconds() + " s. Send it faster, and evenly";
        }
        return null;
    }

    /**
     * Ends, from another thread, a read that waits while the body is late, as {@link #cut} does. The
     * rules are checked when a read returns, and a read may never return: bytes of a chunk
     * extension (or of chunk sizes) keep the connection from idling without giving the body a
     * byte, so a body sent so held its place, and a writer's the write turn, past every deadline.
     */
    void endIfLate(long now) {
        if (!waiting || ended || cut || late != null) return;
        String why = lateness(now);
        if (why == null) return;
        idleTimeout = connection.getIdleTimeout();
        late = new TooSlow(why);
        connection.setIdleTimeout(1);
    }

    private TooSlow cutMessage() {
        return new TooSlow("The request body came more slowly than any other while every place for reading bodies was"
                + " taken, and was cut to give its place to another client; send it faster");
    }
}
