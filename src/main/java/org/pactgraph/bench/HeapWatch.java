package org.pactgraph.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap taken by a piece of work on the calling thread, against the heap in use after a full
 * collection before it started. Peak: the JVM counts young-generation heap in whole regions
 * (8 MB here), too coarse for short runs, so when no collection happened during the work the
 * peak is what the thread allocated (all of it is still on the heap at the end, which is then
 * the peak); when collections did happen it is the highest heap in use sampled every 5 ms.
 * Retained: what is still live after a full collection, with the work's result held.
 */
final class HeapWatch implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long baseline;
    private final long collections;
    private final long allocatedBefore;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapWatch() {
        collect();
        baseline = used();
        peak = baseline;
        collections = collections();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
        allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Starts watching; call {@link #peak()} from the same thread when the work is done. */
    static HeapWatch start() {
        return new HeapWatch();
    }

    /** The most heap the work had in use at once, above the baseline. */
    long peak() {
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long sampled = Math.max(peak, used()) - baseline;
        return Math.max(0, collections() == collections ? Math.max(allocated, sampled) : sampled);
    }

    /** The live heap above the baseline, after a full collection. */
    long retained() {
        collect();
        return Math.max(0, used() - baseline);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
