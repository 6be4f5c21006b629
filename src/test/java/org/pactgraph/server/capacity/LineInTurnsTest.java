package org.pactgraph.server.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The line's bookkeeping under the orders of events that a flood makes likely. */
class LineInTurnsTest {
    private static final Runnable NOTHING = () -> {};
    /** Each waiter on a thread of its own (the common pool has one thread on two processors). */
    private static final Executor ONE_THREAD_EACH = task -> Thread.ofPlatform().daemon().start(task);

    /**
     * A request pushed out of the full line takes the line's lock again only after its client's
     * running request has left and a new one of the same client has taken a place (under a flood,
     * behind a hundred others waiting for that lock; here, the test holds it). Its leaving must not
     * forget the client's new request: forgotten, that request's place was never given back, and
     * the gate lost a place for good (here its only one: the next request waited for the bound).
     */
    @Test
    void aRequestPushedOutLateDoesNotLoseTheRunningPlaceOfItsClientsNextRequest() throws Exception {
        LineInTurns line = new LineInTurns(1, 1, 1, 1);
        assertNull(line.enter("x", deadlineIn(1_000), NOTHING));
        CompletableFuture<LineInTurns.Refusal> pushed = CompletableFuture.supplyAsync(() -> line.enter("x", deadlineIn(10_000), NOTHING), ONE_THREAD_EACH);
        for (long end = System.nanoTime() + 5_000_000_000L; waiting(line) == 0 && System.nanoTime() < end; ) Thread.sleep(5);
        assertEquals(1, waiting(line));
        ReentrantLock lock = lockOf(line);
        lock.lock();
        try {
            // A newcomer pushes x's waiting request out, and gives up at once; x's request cannot take the lock back yet.
            assertEquals(LineInTurns.Refusal.WAITED, line.enter("y", System.nanoTime(), NOTHING));
            line.leave("x");
            assertNull(line.enter("x", deadlineIn(1_000), NOTHING));
        } finally {
            lock.unlock();
        }
        assertEquals(LineInTurns.Refusal.PUSHED_OUT, pushed.get(5, TimeUnit.SECONDS));
        line.leave("x");
        assertNull(line.enter("z", deadlineIn(500), NOTHING), "the gate's one place is free again");
    }

    /**
     * When an attack begins, the addresses filling the line have had no turn yet, no more than a
     * newcomer: the newcomer pushes out the newest request of the address with most waiting and
     * waits its turn, where it was refused at once with the line-full 503 (the first newcomer's
     * page under round 18's attack, 120 connections from 100 addresses).
     */
    @Test
    void aNewcomerFindingTheLineFullOfAddressesAsNewPushesOutTheOneWithMostWaiting() throws Exception {
        LineInTurns line = new LineInTurns(1, 1, 8, 4);
        assertNull(line.enter("holder", deadlineIn(1_000), NOTHING));
        List<CompletableFuture<LineInTurns.Refusal>> waiters = new ArrayList<>();
        for (String from : new String[] {"a", "a", "a", "b"}) {
            waiters.add(CompletableFuture.supplyAsync(() -> line.enter(from, deadlineIn(3_000), NOTHING), ONE_THREAD_EACH));
            for (long end = System.nanoTime() + 5_000_000_000L; waiting(line) < waiters.size() && System.nanoTime() < end; ) Thread.sleep(5);
        }
        assertEquals(LineInTurns.Refusal.WAITED, line.enter("newcomer", deadlineIn(200), NOTHING), "it waited its turn, not refused at once");
        assertEquals(LineInTurns.Refusal.PUSHED_OUT, waiters.get(2).get(5, TimeUnit.SECONDS), "a's newest request made room");
        line.leave("holder");
        assertNull(waiters.get(0).get(5, TimeUnit.SECONDS), "the places still go round");
    }

    private static long deadlineIn(long millis) {
        return System.nanoTime() + millis * 1_000_000L;
    }

    private static int waiting(LineInTurns line) throws ReflectiveOperationException {
        Field f = LineInTurns.class.getDeclaredField("waiting");
        f.setAccessible(true);
        ReentrantLock lock = lockOf(line);
        lock.lock();
        try {
            return f.getInt(line);
        } finally {
            lock.unlock();
        }
    }

    private static ReentrantLock lockOf(LineInTurns line) throws ReflectiveOperationException {
        Field f = LineInTurns.class.getDeclaredField("lock");
        f.setAccessible(true);
        return (ReentrantLock) f.get(line);
    }
}
