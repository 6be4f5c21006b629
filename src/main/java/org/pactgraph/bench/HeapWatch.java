package org.pactgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use while a piece of work runs: sampled every few milliseconds by a daemon thread,
 * against the heap in use after a full collection before it started. The peak therefore counts
 * garbage not yet collected as well as live data; {@link #retained()} counts what is still live
 * after the work, with its result held.
 */
final class HeapWatch implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final long baseline;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapWatch() {
        collect();
        baseline = used();
        peak = baseline;
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
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    /** The highest heap in use seen so far, above the baseline. */
    long peak() {
        return Math.max(0, Math.max(peak, used()) - baseline);
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
