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
 * What a JVM says its memory is, in kB: the heap it has committed (what G1 sized it to, which
 * counts in resident memory once touched) and what the heap held right after the latest
 * collection (live data and not yet collected old garbage: the figure that grows when something
 * leaks); direct buffers (Jetty's pooled output buffers); the capacity of memory-mapped files
 * (TDB2's store files, resident only as far as they are read); and the committed non-heap
 * (metaspace, compressed class space, JIT code cache). The soak server writes it to a file that
 * the soak reads beside {@code /proc}, so that its report says where resident memory goes.
 */
public record JvmMemory(long heapCommittedKb, long heapAfterGcKb, long directKb, long mappedKb, long nonHeapCommittedKb) {
    static final JvmMemory NONE = new JvmMemory(0, 0, 0, 0, 0);

    /** This JVM's reading now. */
    static JvmMemory current() {
        long afterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage last = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (last != null) afterGc += last.getUsed();
        }
        long direct = 0;
        long mapped = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) direct += pool.getMemoryUsed();
            else if (pool.getName().startsWith("mapped")) mapped += pool.getMemoryUsed();
        }
        var memory = ManagementFactory.getMemoryMXBean();
        return new JvmMemory(memory.getHeapMemoryUsage().getCommitted() >> 10, afterGc >> 10, direct >> 10, mapped >> 10,
                memory.getNonHeapMemoryUsage().getCommitted() >> 10);
    }

    /** One line of five numbers, as {@link #parse} reads it. */
    String line() {
        return heapCommittedKb + " " + heapAfterGcKb + " " + directKb + " " + mappedKb + " " + nonHeapCommittedKb;
    }

    /** The reading of a line written by {@link #line}; {@link #NONE} for anything else. */
    static JvmMemory parse(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != 5) return NONE;
        try {
            return new JvmMemory(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    /** The latest reading written to the file; {@link #NONE} before the first. */
    static JvmMemory read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            return NONE;
        }
    }

    /** Writes this JVM's reading to the file now and then at every period, from a daemon thread, replacing it whole each time. */
    static void writeEvery(Path file, Duration period) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Thread.ofPlatform().daemon().name("jvm-memory").start(() -> {
            while (true) {
                try {
                    Files.writeString(next, current().line());
                    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    Thread.sleep(period.toMillis());
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
    }
}
