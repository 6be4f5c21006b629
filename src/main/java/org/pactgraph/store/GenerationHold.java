package org.pactgraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A hold on one generation of a {@link TdbStore}: shared by every server that reads it, exclusive
 * for a load that wants to delete it. It is an operating-system lock on the file
 * {@value #FILE} in the generation's folder, so it holds across processes and goes with a
 * process that dies. Java refuses overlapping locks within one JVM, so shared holds of one JVM
 * are counted here and share one lock.
 */
final class GenerationHold implements AutoCloseable {
    static final String FILE = "readers.lock";

    private static final Map<Path, Shared> SHARED = new HashMap<>();

    /** The one shared lock of this JVM on a generation and how many holds use it. */
    private static final class Shared {
        final FileChannel channel;
        int count;

        Shared(FileChannel channel) {
            this.channel = channel;
        }
    }

    private final Path generation;
    private final FileChannel exclusiveChannel;
    private boolean closed;

    private GenerationHold(Path generation, FileChannel exclusiveChannel) {
        this.generation = generation;
        this.exclusiveChannel = exclusiveChannel;
    }

    /** A shared hold, or empty when a load holds the generation to delete it. */
    static Optional<GenerationHold> shared(Path generation) {
        Path key = generation.toAbsolutePath().normalize();
        synchronized (SHARED) {
            Shared s = SHARED.get(key);
            if (s == null) {
                FileChannel channel = null;
                try {
                    channel = open(key);
                    FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
                    if (lock == null) {
                        channel.close();
                        return Optional.empty();
                    }
                    s = new Shared(channel);
                    SHARED.put(key, s);
                } catch (IOException | OverlappingFileLockException e) {
                    closeQuietly(channel);
                    return Optional.empty();
                }
            }
            s.count++;
            return Optional.of(new GenerationHold(key, null));
        }
    }

    /**
     * An exclusive hold, or empty when anyone (this process or another) holds the generation.
     * The caller deletes the generation while holding it.
     */
    static Optional<GenerationHold> exclusive(Path generation) {
        Path key = generation.toAbsolutePath().normalize();
        synchronized (SHARED) {
            if (SHARED.containsKey(key)) return Optional.empty();
            FileChannel channel = null;
            try {
                channel = open(key);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new GenerationHold(key, channel));
            } catch (IOException | OverlappingFileLockException e) {
                closeQuietly(channel);
                return Optional.empty();
            }
        }
    }

    private static FileChannel open(Path generation) throws IOException {
        return FileChannel.open(generation.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock; nothing more can be done.
        }
    }

    @Override
    public void close() {
        synchronized (SHARED) {
            if (closed) return;
            closed = true;
            if (exclusiveChannel != null) {
                closeQuietly(exclusiveChannel);
                return;
            }
            Shared s = SHARED.get(generation);
            if (s != null && --s.count == 0) {
                SHARED.remove(generation);
                closeQuietly(s.channel);
            }
        }
    }
}
