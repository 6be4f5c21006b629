package org.pactgraph.server.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The disk that writers' bodies received whole ({@link SpooledBody}) may hold at once, all of them
 * together: at most {@link #most} bytes, and never more than half of the temporary folder's space,
 * counting theirs as free. Each body takes room as it writes, before the bytes go to its file, and
 * gives it all back when its file is closed. Without it, the bodies being received (64 places) and
 * waiting for the write's turn could put some 5 GiB in temporary files at once, whatever the disk
 * had free.
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

    private final long most;
    private final LongSupplier usableSpace;
    private final long rereadBytes;
    private final long rereadNanos;
    private final AtomicLong held = new AtomicLong();
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

    /** Takes room for {@code bytes} more, or refuses them, taking nothing. */
    void take(long bytes) throws Full {
        long room = room();
        for (long now = held.get(); ; now = held.get()) {
            long bound = Math.min(most, room / 2);
            if (now + bytes > bound) throw new Full(now, bytes, bound);
            if (held.compareAndSet(now, now + bytes)) {
                taken.addAndGet(bytes);
                return;
            }
        }
    }

    /** The free space the bodies may share, from the last reading while it is fresh, else read now. */
    private long room() {
        Reading r = last;
        long now = System.nanoTime();
        if (r != null && now - r.at() < rereadNanos && taken.get() - r.takenThen() < rereadBytes) return r.room();
        long takenThen = taken.get();
        // The space read now already lacks what the bodies hold; theirs counts as free.
        Reading fresh = new Reading(usableSpace.getAsLong() + held.get(), now, takenThen);
        last = fresh;
        return fresh.room();
    }

    /** Gives back room taken before. */
    void give(long bytes) {
        held.addAndGet(-bytes);
    }

    /** The bytes the bodies' files hold now. */
    long held() {
        return held.get();
    }

    /** A body refused because the bodies' files would pass what they may hold on disk; nothing of it is written. */
    final class Full extends IOException {
        Full(long heldNow, long wanted, long bound) {
            super("The server is busy: the request bodies being received hold " + heldNow + " bytes on disk of the " + bound
                    + " they may hold at once (the spool limit of " + most + " bytes, serve --spool-bytes, never more than half the temporary"
                    + " folder's free space), and this body's next " + wanted + " would pass it. Try again in "
                    + BodyReads.RETRY_AFTER_SECONDS + " s.");
        }
    }
}
