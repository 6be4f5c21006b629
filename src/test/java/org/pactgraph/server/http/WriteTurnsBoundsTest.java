package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The line for the store's write turn is bounded in all as well as per client (the per-client
 * bound and the readers are checked over HTTP by {@link WriteTurnsTest}): with the turn held,
 * {@link WriteTurns#WAITING} writes from many clients wait, the next one from yet another client
 * is refused at once, and every one in line gets its turn, in order, when the turn is given back.
 */
class WriteTurnsBoundsTest {
    @Test
    void writesPastTheBoundInAllAreRefusedAtOnceAndTheLineIsServed() throws Exception {
        WriteTurns turns = new WriteTurns();
        // Each write is served on a thread of its own (the turn is a lock its thread holds).
        CountDownLatch written = new CountDownLatch(1);
        CompletableFuture<Optional<PlainRefusal>> holder = CompletableFuture.supplyAsync(() -> {
            Optional<PlainRefusal> got = turns.take("192.0.2.1");
            try {
                written.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (got.isEmpty()) turns.end();
            return got;
        }, runnable -> Thread.ofPlatform().start(runnable));
        Thread.sleep(100);
        List<CompletableFuture<Optional<PlainRefusal>>> line = new ArrayList<>();
        for (int i = 0; i < WriteTurns.WAITING; i++) {
            String client = "192.0.2." + (10 + i / WriteTurns.WAITING_PER_CLIENT);
            line.add(CompletableFuture.supplyAsync(() -> {
                Optional<PlainRefusal> got = turns.take(client);
                if (got.isEmpty()) turns.end();
                return got;
            }, runnable -> Thread.ofPlatform().start(runnable)));
            Thread.sleep(20); // in this order
        }
        Thread.sleep(300);
        assertTrue(line.stream().noneMatch(CompletableFuture::isDone), "all of them wait");

        long start = System.nanoTime();
        Optional<PlainRefusal> refused = turns.take("192.0.2.99");
        assertTrue(refused.isPresent() && refused.get().toString().startsWith("503 The store is busy: all " + WriteTurns.WAITING
                + " places for writes waiting for their turn are taken"), refused.toString());
        assertTrue(System.nanoTime() - start < 100_000_000L, "refused at once");

        written.countDown();
        assertEquals(Optional.empty(), holder.get(10, TimeUnit.SECONDS), "a free turn is taken at once");
        for (CompletableFuture<Optional<PlainRefusal>> waiting : line) {
            assertEquals(Optional.empty(), waiting.get(10, TimeUnit.SECONDS), "each one in line had its turn");
        }
        assertTrue(turns.take("192.0.2.99").isEmpty(), "and the turn is free again");
        turns.end();
    }
}
