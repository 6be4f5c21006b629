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

/**
 * An exclusive, process-wide lock on a store folder, held by whoever loads or serves it. The
 * operating system drops the lock when the process dies, so a crash never leaves a stale lock.
 * The lock file names the holder's process id for the error message of the next comer.
 */
public final class StoreLock implements Store.Lock {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails at once with a message naming the holder. */
    public static StoreLock acquire(Path storeDir) {
        Path file = storeDir.resolve(".lock");
        try {
            Files.createDirectories(storeDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new StoreException("The store " + storeDir + " is in use by another PactGraph process" + holder,
                        "stop that process (a running 'pactgraph serve' or 'load'), give another --store, or query the running server with --endpoint URL");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new StoreLock(channel, lock);
        } catch (IOException e) {
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

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel or with the process; nothing more to do.
        }
    }
}
