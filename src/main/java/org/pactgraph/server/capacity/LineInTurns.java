package org.pactgraph.server.capacity;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The places of a {@link HeavyWorkGate} and its line, taken in turn by client address. A free
 * place goes to the waiting address whose last turn is the oldest (an address never seen, or
 * forgotten, first), for its oldest request; that address's turn is then the newest. So a
 * newcomer is served after at most one request of each address ahead of it, however many each
 * of them has waiting: first come, first served made it wait behind every request in the line,
 * 7 to 9 s under 300 connections from 250 addresses pipelining pages (round 17's open item).
 *
 * <p>The line as a whole holds at most {@code mostWaiting} requests, one address at most
 * {@code mostWaitingPerClient}. A request finding the line full pushes out the newest request of
 * the address whose turn comes last, when its own turn comes before that one's; otherwise it is
 * refused. An address pushed out had the newest turn of those waiting, so it cannot push out
 * another when it asks again: 250 addresses do not trade refusals.
 */
final class LineInTurns {
    /** How long an address's last turn is remembered once it has nothing in the gate; one forgotten ranks as a newcomer. */
    static final Duration REMEMBERED = Duration.ofSeconds(60);
    /** How often the request whose turn is next looks again for an answer left unread while every place is held. */
    static final Duration RECHECK = Duration.ofMillis(250);
    /** The most addresses remembered, the oldest forgotten first. */
    static final int MOST_REMEMBERED = 65_536;

    /** Why a request was refused. */
    enum Refusal {
        /** Its client had its most running and its most waiting. */
        CLIENT_LINE_FULL,
        /** The line was full and every address in it had its turn before this one's. */
        LINE_FULL,
        /** Pushed out of a full line by a client whose turn came before. */
        PUSHED_OUT,
        /** It waited for the bound without its turn coming. */
        WAITED
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final int perClient;
    private final int mostWaitingPerClient;
    private final int mostWaiting;
    private int free;
    private int waiting;
    /** The addresses with requests running or waiting. */
    private final Map<String, Address> inGate = new HashMap<>();
    /** Each address's last turn, oldest first. */
    private final LinkedHashMap<String, Long> lastTurns = new LinkedHashMap<>();

    private static final class Address {
        final String name;
        int running;
        final ArrayDeque<Waiter> line = new ArrayDeque<>();

        Address(String name) {
            this.name = name;
        }
    }

    /**
     * A request waiting in line. Its turn is given by setting {@code state} and unparking its thread,
     * which reads it without the lock: under a flood, a waiter woken by a condition had to take the
     * lock again behind a hundred refused requests, and the places stood empty meanwhile.
     */
    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        final long since = System.nanoTime();
        /** Null while waiting; {@link #GRANTED} or a refusal once decided. */
        volatile Object state;

        void decide(Object outcome) {
            state = outcome;
            LockSupport.unpark(thread);
        }
    }

    private static final Object GRANTED = new Object();

    LineInTurns(int places, int perClient, int mostWaitingPerClient, int mostWaiting) {
        this.free = places;
        this.perClient = perClient;
        this.mostWaitingPerClient = mostWaitingPerClient;
        this.mostWaiting = mostWaiting;
    }

    /**
     * A place for a request of this address, waiting in line until the deadline (nanoTime) if
     * none is free: null when it has one, else why not. When every place is held and the client
     * may run one more, {@code allHeld} is run first (it may end an answer, whose place then comes
     * free to whoever's turn it is).
     */
    Refusal enter(String address, long deadline, Runnable allHeld) {
        lock.lock();
        Address a = inGate.computeIfAbsent(address, Address::new);
        try {
            if (free > 0 && a.running < perClient) {
                free--;
                a.running++;
                turnTaken(a.name);
                return null;
            }
            if (free == 0 && a.running < perClient) allHeld.run();
            if (a.line.size() >= mostWaitingPerClient) return refused(a, a.line.isEmpty() ? Refusal.WAITED : Refusal.CLIENT_LINE_FULL);
            if (waiting >= mostWaiting && !pushOutFor(a)) return refused(a, Refusal.LINE_FULL);
            Waiter w = new Waiter();
            a.line.add(w);
            waiting++;
            giveFreePlaces();
            if (w.state == null) {
                lock.unlock();
                try {
                    awaitTurn(a, w, deadline, allHeld);
                } finally {
                    lock.lock();
                }
                if (w.state == null) {
                    a.line.remove(w);
                    waiting--;
                    return refused(a, Refusal.WAITED);
                }
            }
            return w.state == GRANTED ? null : (Refusal) w.state;
        } finally {
            // Only this very entry: a request pushed out may take the lock back after its client's entry was
            // forgotten and a new one made for a newer request, whose place would then never be given back.
            if (a.running == 0 && a.line.isEmpty()) inGate.remove(a.name, a);
            lock.unlock();
        }
    }

    /**
     * Parks until the waiter's turn is decided or the deadline passes (an interrupt ends the wait
     * too). Every {@link #RECHECK}, a waiter whose turn is next runs {@code allHeld} again while
     * every place is held: an answer left unread after the requests that arrived had asked
     * (three holders' pages, the third given the place a newcomer had freed) would otherwise keep
     * its place until its idle timeout.
     */
    private void awaitTurn(Address a, Waiter w, long deadline, Runnable allHeld) {
        for (long left; w.state == null && (left = deadline - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted(); ) {
            LockSupport.parkNanos(w, Math.min(left, RECHECK.toNanos()));
            if (w.state != null) return;
            lock.lock();
            try {
                if (w.state == null && free == 0 && nextInTurn() == a && a.line.peek() == w) allHeld.run();
            } finally {
                lock.unlock();
            }
        }
    }

    /** The request's answer is done: its place goes to whoever's turn it is. */
    void leave(String address) {
        lock.lock();
        try {
            Address a = inGate.get(address);
            if (a == null) return;
            leaveLocked(a);
            if (a.running == 0 && a.line.isEmpty()) inGate.remove(a.name);
        } finally {
            lock.unlock();
        }
    }

    private void leaveLocked(Address a) {
        a.running--;
        free++;
        giveFreePlaces();
    }

    /** Gives each free place to the oldest request of the waiting address whose last turn is the oldest, that may run one more. */
    private void giveFreePlaces() {
        while (free > 0) {
            Address next = nextInTurn();
            if (next == null) return;
            Waiter w = next.line.poll();
            waiting--;
            free--;
            next.running++;
            turnTaken(next.name);
            w.decide(GRANTED);
        }
    }

    /** The waiting address whose turn comes first among those that may run one more, or null. */
    private Address nextInTurn() {
        Address next = null;
        for (Address x : inGate.values()) {
            if (!x.line.isEmpty() && x.running < perClient && (next == null || comesBefore(x, next))) next = x;
        }
        return next;
    }

    /**
     * Makes room in the full line for a request of {@code asker} by pushing out the newest
     * request of the address whose turn comes last (of those alike, the one with most waiting),
     * when the asker's turn comes before it, or is alike and that address has at least two more
     * waiting than the asker: when an attack begins, every address in the line is as new as a
     * newcomer, and a newcomer's page was refused at once with the line-full 503 (round 18's review).
     * An address pushed out this way still has as many waiting as the asker, so the two do not trade refusals.
     */
    private boolean pushOutFor(Address asker) {
        Address last = null;
        for (Address x : inGate.values()) {
            if (!x.line.isEmpty() && x != asker && (last == null || lastTurn(x.name) > lastTurn(last.name)
                    || lastTurn(x.name) == lastTurn(last.name) && x.line.size() > last.line.size())) last = x;
        }
        if (last == null) return false;
        long mine = lastTurn(asker.name);
        long theirs = lastTurn(last.name);
        if (mine > theirs || mine == theirs && last.line.size() < asker.line.size() + 2) return false;
        Waiter out = last.line.pollLast();
        waiting--;
        out.decide(Refusal.PUSHED_OUT);
        return true;
    }

    /** Whether a's turn comes before b's: the older last turn, then the older first request. */
    private boolean comesBefore(Address a, Address b) {
        long ta = lastTurn(a.name);
        long tb = lastTurn(b.name);
        if (ta != tb) return ta < tb;
        return a.line.isEmpty() || (!b.line.isEmpty() && a.line.peek().since < b.line.peek().since);
    }

    /**
     * A refusal is not a turn: had it counted as one, an address refused at a full line would rank
     * last again at each retry and never get in (three of sixteen addresses had no turn in 8 s).
     * An address pushed out has the newest turn of those waiting, so it cannot push out another.
     */
    private Refusal refused(Address a, Refusal why) {
        return why;
    }

    private long lastTurn(String address) {
        return lastTurns.getOrDefault(address, Long.MIN_VALUE);
    }

    /** Records a turn taken now, and forgets the turns older than {@link #REMEMBERED} or past {@link #MOST_REMEMBERED}. */
    private void turnTaken(String address) {
        long now = System.nanoTime();
        lastTurns.remove(address);
        lastTurns.put(address, now);
        Iterator<Long> oldest = lastTurns.values().iterator();
        while (oldest.hasNext()) {
            long t = oldest.next();
            if (lastTurns.size() <= MOST_REMEMBERED && now - t < REMEMBERED.toNanos()) break;
            oldest.remove();
        }
    }
}
