package org.pactgraph.server.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The disk that writers' bodies received whole ({@link SpooledBody}) may hold at once, all of them
 * together: at most {@link #most} bytes, and never more than half of the temporary folder's space,
 * counting theirs as free. Each body takes room as it writes, before the bytes go to its file, and
 * gives it all back when its file is closed. Without it, the bodies being received (64 places) and
 * waiting for the write's turn could put some 5 GiB in temporary files at once, whatever the disk
 * had free. One client ({@link org.pactgraph.server.http.ClientAddress}) holds at most a
 * {@link #CLIENT_SHARE share} of the spool limit: before, the bodies of three addresses (4 being
 * received and 2 waiting for the turn each, up to 384 MiB) took the whole default 1 GiB, and
 * every other writer's upload past 64 KiB was refused while they lasted.
 *
 * <p>The folder's free space is read (one {@code statfs}) again only once {@link #REREAD_BYTES}
 * have been taken since the last reading or {@link #REREAD_AFTER} has passed, whichever comes
 * first: read for every take, a body sent in 1-byte chunks cost the server one call per byte,
 * a quarter of its CPU. What the bodies' own files do to the disk does not age a reading, which
 * keeps the free space with theirs counted in; what another process writes is seen within
 * {@link #REREAD_AFTER}, and the bodies keep to half the space.
 */
final class SpoolSpace {
    /** Bytes taken after which the free space is read again: small against the half of the free space kept. */
    static final long REREAD_BYTES = 64 * 1024;
    /** Time after which the free space is read again, so that another process filling the disk is seen soon. */
    static final Duration REREAD_AFTER = Duration.ofMillis(50);

    /** The part of the spool limit one client may hold: a quarter, so that three clients at their share leave a quarter to the rest. */
    static final int CLIENT_SHARE = 4;
    /** What one body of the largest size puts on disk: the largest RDF body less the part kept in memory. */
    static final long LARGEST_BODY_ON_DISK = RequestSizeLimit.MAX_RDF_BYTES - SpooledBody.IN_MEMORY_BYTES;

    private final long most;
    private final LongSupplier usableSpace;
    private final long rereadBytes;
    private final long rereadNanos;
    private final AtomicLong held = new AtomicLong();
    /** What each client's bodies hold, for those that hold any. */
    private final ConcurrentHashMap<String, Long> heldBy = new ConcurrentHashMap<>();
    /** Every byte ever taken, to count what was taken since a reading. */
    private final AtomicLong taken = new AtomicLong();
    private volatile Reading last;

    /** The free space the bodies may share (the disk's, theirs counted as free), when it was read, and the bytes taken then. */
    private record Reading(long room, long at, long takenThen) { }

    /** At most {@code most} bytes in the files of the temporary folder {@code folder}. */
    SpoolSpace(long most, Path folder) {
        this(most, usableSpaceOf(folder), REREAD_BYTES, REREAD_AFTER);
    }

    /**
     * At most {@code most} bytes, and half of what {@code usableSpace} says is free (theirs counted
     * in), read again after {@code rereadBytes} taken or {@code rereadAfter}; a {@code rereadBytes}
     * of 0 reads it for every take.
     */
    SpoolSpace(long most, LongSupplier usableSpace, long rereadBytes, Duration rereadAfter) {
        this.most = most;
        this.usableSpace = usableSpace;
        this.rereadBytes = rereadBytes;
        this.rereadNanos = rereadAfter.toNanos();
    }

    /** As {@link #SpoolSpace(long, Path)}, but reading the free space for every take, as before: the upload benchmark's baseline. */
    static SpoolSpace readForEveryTake(long most, Path folder) {
        return new SpoolSpace(most, usableSpaceOf(folder), 0, Duration.ZERO);
    }

    private static LongSupplier usableSpaceOf(Path folder) {
        FileStore store;
        try {
            store = Files.getFileStore(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find the disk of the temporary folder " + folder + ": " + e.getMessage(), e);
        }
        return () -> {
            try {
                return store.getUsableSpace();
            } catch (IOException e) {
                return 0; // a disk that cannot say what it has free takes no body
            }
        };
    }

    /**
     * What one client may hold: a {@link #CLIENT_SHARE quarter} of the limit, and never less than one
     * body of the largest size when the limit holds one. A quarter alone kept every limit under
     * 256 MiB from taking a 64 MiB upload from anyone (round 13's open item); a limit under one
     * such body takes none from anyone, and keeps the quarter.
     */
    static long shareOf(long most) {
        long quarter = most / CLIENT_SHARE;
        return most >= LARGEST_BODY_ON_DISK ? Math.max(quarter, LARGEST_BODY_ON_DISK) : quarter;
    }

    /** Takes room for {@code bytes} more of a body of the client, or refuses them, taking nothing. */
    void take(String client, long bytes) throws Full {
        long share = shareOf(most);
        long[] before = {0};
        boolean[] withinShare = {false};
        heldBy.compute(client, (k, had) -> {
            before[0] = had == null ? 0 : had;
            if (before[0] + bytes > share) return had;
            withinShare[0] = true;
            return before[0] + bytes;
        });
        if (!withinShare[0]) throw new Full("this client's request bodies being received hold " + before[0] + " bytes on disk, and this body's next "
                + bytes + " would pass its share of " + share + " bytes (a quarter of the spool limit of " + most + " bytes, serve --spool-bytes,"
                + " or one upload of the largest size when the limit holds one and that is more), which keeps room for other clients' uploads");
        try {
            takeFromAll(bytes);
        } catch (Full e) {
            giveBy(client, bytes);
            throw e;
        }
    }

    /**
     * One take at a time: the freshness of the reading and the take are one step, so bodies taken
     * at once cannot each pass the same stale reading (64 bodies of 16 KiB reads could take 1 MiB
     * past it); bodies give back without the lock.
     */
    private synchronized void takeFromAll(long bytes) throws Full {
        long room = room(bytes);
        for (long now = held.get(); ; now = held.get()) {
            long bound = Math.min(most, room / 2);
            if (now + bytes > bound) throw new Full("the request bodies being received hold " + now + " bytes on disk of the " + bound
                    + " they may hold at once (the spool limit of " + most + " bytes, serve --spool-bytes, never more than half the temporary"
                    + " folder's free space), and this body's next " + bytes + " would pass it");
            if (held.compareAndSet(now, now + bytes)) {
                taken.addAndGet(bytes);
                return;
            }
        }
    }

    /**
     * The free space the bodies may share, from the last reading while it is fresh with these
     * {@code bytes} counted in, else read now: checked before them, a reading 1 byte short of
     * {@link #REREAD_BYTES} let a 16 KiB read through, 80 KiB taken on a disk filled meanwhile.
     */
    private long room(long bytes) {
        Reading r = last;
        long now = System.nanoTime();
        if (r != null && now - r.at() < rereadNanos && taken.get() - r.takenThen() + bytes <= rereadBytes) return r.room();
        long takenThen = taken.get();
        // The space read now already lacks what the bodies hold; theirs counts as free.
        Reading fresh = new Reading(usableSpace.getAsLong() + held.get(), now, takenThen);
        last = fresh;
        return fresh.room();
    }

    /** Gives back room taken before for a body of the client. */
    void give(String client, long bytes) {
        giveBy(client, bytes);
        held.addAndGet(-bytes);
    }

    private void giveBy(String client, long bytes) {
        heldBy.computeIfPresent(client, (k, had) -> had - bytes <= 0 ? null : had - bytes);
    }

    /** The bytes the bodies' files hold now. */
    long held() {
        return held.get();
    }

    /** A body refused because the bodies' files would pass what they (or its client's) may hold on disk; nothing of it is written. */
    static final class Full extends IOException {
        Full(String why) {
            super("The server is busy: " + why + ". Try again in " + BodyReads.RETRY_AFTER_SECONDS + " s.");
        }
    }
}
