package org.pactgraph.server.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.eclipse.jetty.io.EndPoint;

/**
 * A request body as {@link BodyReads} reads it in one of its places: it fails with
 * {@link TooSlow} once a read returns past its deadline, or, when it has a minimum rate (RDF for
 * the Graph Store, whose deadline is long), after {@link #RATE_GRACE} of reading at an average
 * under {@link #MIN_BYTES_PER_SECOND}; and it can be cut from another thread, when
 * another client needs the place of the slowest body, by letting its connection's idle timeout
 * expire at once (the read that waits fails, and the sender is answered 408). The clocks start at
 * the first read, so a body is not charged for time the server took before reading it (an upload
 * waiting for the store's write lock).
 */
final class TimedBody extends FilterInputStream {
    /** The lowest average rate taken from a body that has been sending for {@link #RATE_GRACE}. */
    static final long MIN_BYTES_PER_SECOND = 1024;
    static final Duration RATE_GRACE = Duration.ofSeconds(3);

    private final Duration limit;
    private final boolean minimumRate;
    private final EndPoint connection;
    private volatile long started;
    private volatile long bytes;
    private volatile boolean cut;
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
        if (b >= 0) bytes++;
        else ended = true;
        check();
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        start();
        int n = guarded(() -> super.read(buffer, off, len));
        if (n > 0) bytes += n;
        else if (n < 0) ended = true;
        check();
        return n;
    }

    private interface Read {
        int run() throws IOException;
    }

    private int guarded(Read read) throws IOException {
        try {
            return read.run();
        } catch (IOException e) {
            if (!cut && !stalled(e)) throw e;
            tooSlow = true;
            throw cut ? cutMessage() : new TooSlow("The request body stopped arriving: no byte of it came for "
                    + connection.getIdleTimeout() / 1000 + " s (a chunk shorter than its size says?); send all of it");
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
        if (started == 0) started = System.nanoTime();
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

    /** Bytes per second since the first read. */
    double rate(long now) {
        long age = age(now);
        return age == 0 ? Double.MAX_VALUE : bytes * 1e9 / age;
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
        long now = System.nanoTime();
        if (cut) throw cutMessage();
        if (age(now) > limit.toNanos()) {
            throw new TooSlow("The request body did not arrive within " + limit.toSeconds() + " s; send it faster, or send a smaller one");
        }
        if (minimumRate && age(now) > RATE_GRACE.toNanos() && rate(now) < MIN_BYTES_PER_SECOND) {
            throw new TooSlow("The request body arrived at " + (long) rate(now) + " bytes/s; this server takes at least "
                    + MIN_BYTES_PER_SECOND + " bytes/s after the first " + RATE_GRACE.toSeconds() + " s. Send it faster");
        }
    }

    private TooSlow cutMessage() {
        return new TooSlow("The request body came more slowly than any other while every place for reading bodies was"
                + " taken, and was cut to give its place to another client; send it faster");
    }
}
