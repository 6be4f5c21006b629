package org.pactgraph.bench;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * What a JVM says its memory is, in kB. The heap it has committed: what G1 sized it to, which
 * counts in resident memory once touched. Its old generation now, and as the last collection of
 * the old generation left it: between two such collections the first grows by the garbage that
 * young collections promote, filling committed heap that was never touched before (resident
 * memory rises while nothing leaks), and the second is the data that survived, which is what
 * grows when something leaks. Direct buffers (Jetty's pooled output buffers, malloc'd outside
 * the heap); the capacity of memory-mapped files (TDB2's store files, resident only as far as
 * read, and file-backed); and the committed non-heap (metaspace, compressed class space, JIT
 * code cache). The soak server writes it to a file that the soak reads beside {@code /proc}, so
 * that its report says where resident memory goes.
 */
public record JvmMemory(long heapCommittedKb, long oldGenKb, long oldGenAfterCollectionKb, long directKb, long mappedKb, long nonHeapCommittedKb) {
    static final JvmMemory NONE = new JvmMemory(0, 0, 0, 0, 0, 0);

    /** Whether this is a reading, not {@link #NONE}. */
    boolean read() {
        return !equals(NONE);
    }
    private static final int FIELDS = 6;

    /** This JVM's reading now. */
    static JvmMemory current() {
        long old = 0;
        long oldAfter = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // G1's "G1 Old Gen", Parallel's "PS Old Gen", Serial's "Tenured Gen".
            if (pool.getType() != MemoryType.HEAP || !(pool.getName().contains("Old") || pool.getName().contains("Tenured"))) continue;
            old += pool.getUsage().getUsed();
            MemoryUsage after = pool.getCollectionUsage();
            if (after != null) oldAfter += after.getUsed();
        }
        long direct = 0;
        long mapped = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) direct += pool.getMemoryUsed();
            else if (pool.getName().startsWith("mapped")) mapped += pool.getMemoryUsed();
        }
        var memory = ManagementFactory.getMemoryMXBean();
        return new JvmMemory(memory.getHeapMemoryUsage().getCommitted() >> 10, old >> 10, oldAfter >> 10, direct >> 10, mapped >> 10,
                memory.getNonHeapMemoryUsage().getCommitted() >> 10);
    }

    /** One line of numbers, as {@link #parse} reads it. */
    String line() {
        return heapCommittedKb + " " + oldGenKb + " " + oldGenAfterCollectionKb + " " + directKb + " " + mappedKb + " " + nonHeapCommittedKb;
    }

    /** The reading of a line written by {@link #line}; {@link #NONE} for anything else. */
    static JvmMemory parse(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != FIELDS) return NONE;
        long[] kb = new long[FIELDS];
        try {
            for (int i = 0; i < FIELDS; i++) kb[i] = Long.parseLong(f[i]);
        } catch (NumberFormatException e) {
            return NONE;
        }
        return new JvmMemory(kb[0], kb[1], kb[2], kb[3], kb[4], kb[5]);
    }

    /** The latest reading written to the file; {@link #NONE} before the first. */
    static JvmMemory read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            return NONE;
        }
    }

    /**
     * Writes this JVM's reading to the file now and then at every period, from a daemon thread,
     * replacing it whole each time. A write that fails (the reader holding the file on a system
     * that forbids replacing it, a file system without atomic moves) is tried again at the next
     * period, so one failure never leaves a stale reading for the rest of the soak.
     */
    static void writeEvery(Path file, Duration period) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Thread.ofPlatform().daemon().name("jvm-memory").start(() -> {
            while (true) {
                try {
                    Files.writeString(next, current().line());
                    try {
                        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    // Tried again at the next period.
                }
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
