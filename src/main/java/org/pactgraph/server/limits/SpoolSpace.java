package org.pactgraph.server.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The disk that writers' bodies received whole ({@link SpooledBody}) may hold at once, all of them
 * together: at most {@link #most} bytes, and never more than half of the temporary folder's space,
 * counting theirs as free. Each body takes room as it writes, before the bytes go to its file, and
 * gives it all back when its file is closed. Without it, the bodies being received (64 places) and
 * waiting for the write's turn could put some 5 GiB in temporary files at once, whatever the disk
 * had free.
 */
final class SpoolSpace {
    private final long most;
    private final FileStore folder;
    private final AtomicLong held = new AtomicLong();

    /** At most {@code most} bytes in the files of the temporary folder {@code folder}. */
    SpoolSpace(long most, Path folder) {
        this.most = most;
        try {
            this.folder = Files.getFileStore(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find the disk of the temporary folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Takes room for {@code bytes} more, or refuses them, taking nothing. */
    void take(long bytes) throws Full {
        long usable = usable();
        for (long now = held.get(); ; now = held.get()) {
            // The space read now already lacks what the bodies hold; theirs counts as free, and they keep to half of it.
            long bound = Math.min(most, (usable + now) / 2);
            if (now + bytes > bound) throw new Full(now, bytes, bound);
            if (held.compareAndSet(now, now + bytes)) return;
        }
    }

    /** Gives back room taken before. */
    void give(long bytes) {
        held.addAndGet(-bytes);
    }

    /** The bytes the bodies' files hold now. */
    long held() {
        return held.get();
    }

    private long usable() {
        try {
            return folder.getUsableSpace();
        } catch (IOException e) {
            return 0; // a disk that cannot say what it has free takes no body
        }
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
