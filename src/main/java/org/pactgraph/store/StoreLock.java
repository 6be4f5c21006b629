package org.pactgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Process-wide locks on a store folder. There are two: the <em>load</em> lock ({@code .lock}),
 * held by a load for its whole run so that two loads never write at once, and the <em>serve</em>
 * lock ({@code .serve.lock}), held by a running server for its life. A load takes only the first,
 * so that it may run while the server serves (the server moves to the new generation by itself,
 * see {@link LiveDataset}); a command that opens the store directly ({@code query}, {@code export},
 * {@code check}) takes both, because TDB2 lets one process at a time open a database. The
 * operating system drops a lock when its process dies, so a crash never leaves a stale lock. Each
 * lock file names its holder's process id for the error message of the next comer.
 */
public final class StoreLock implements Store.Lock {
    private static final String LOAD = ".lock";
    private static final String SERVE = ".serve.lock";

    private final List<FileChannel> channels;

    private StoreLock(List<FileChannel> channels) {
        this.channels = channels;
    }

    /** Both locks: nobody loads or serves the store meanwhile. Fails at once naming the holder. */
    public static StoreLock acquire(Path storeDir) {
        return take(storeDir, LOAD, SERVE);
    }

    /** The load lock alone: no other load, but a server may go on serving. */
    public static StoreLock forLoad(Path storeDir) {
        return take(storeDir, LOAD);
    }

    /** The serve lock alone: one server per store, and no command opens the store directly. */
    public static StoreLock forServing(Path storeDir) {
        return take(storeDir, SERVE);
    }

    private static StoreLock take(Path storeDir, String... names) {
        List<FileChannel> held = new ArrayList<>();
        try {
            Files.createDirectories(storeDir);
            for (String name : names) {
                FileChannel channel = FileChannel.open(storeDir.resolve(name),
                        StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    String holder = readHolder(channel);
                    channel.close();
                    release(held);
                    throw new StoreException("The store " + storeDir + " is in use by another PactGraph process" + holder,
                            "stop that process (a running 'pactgraph serve' or 'load'), give another --store, or query the running server with --endpoint URL");
                }
                held.add(channel);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(false);
            }
            return new StoreLock(held);
        } catch (IOException e) {
            release(held);
            throw new StoreException("Cannot lock the store " + storeDir + ": " + e.getMessage(),
                    "check that the folder is writable", e);
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        int n = channel.read(buf, 0);
        String pid = n > 0 ? new String(buf.array(), 0, n, StandardCharsets.US_ASCII).strip() : "";
        return pid.isEmpty() ? "" : " (pid " + pid + ")";
    }

    private static void release(List<FileChannel> channels) {
        for (FileChannel c : channels) {
            try {
                c.close(); // closing the channel releases its lock
            } catch (IOException e) {
                // The lock goes with the channel or with the process; nothing more to do.
            }
        }
    }

    @Override
    public void close() {
        release(channels);
    }
}
