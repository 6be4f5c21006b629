package org.pactgraph.server.capacity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;
import org.pactgraph.server.http.ClientAddress;
import org.pactgraph.server.http.FairPlaces;
import org.pactgraph.server.http.PlainRefusal;
import org.pactgraph.server.reconcile.ReconcileModule;
import org.pactgraph.server.search.SearchModule;

/**
 * A gate of {@link CapacityModule}. A request under one of its paths takes a place of its client (by remote
 * address), then a place in all, waiting in line (first come, first served) for each while the
 * queue has room and the wait is under the bound; otherwise it is answered 503 with
 * {@code Retry-After} and a one-line reason. The places are given back when the answer is done.
 * A gate that shares its places fairly lets a request that finds all of them held take over the
 * place of an answer another client has left unread for a second ({@link FairPlaces}), before it
 * waits in line: without it, 250 addresses pipelining pages they did not read kept every place
 * and the line full, and another client's page waited 16 to 20 s or was refused (round 17).
 */
final class HeavyWorkGate implements Filter {
    /** Seconds a refused client is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** The datasets' endpoints (queries, updates, Graph Store, explanations), the dumps, entity search and reconciliation. */
    static final List<String> HEAVY = List.of(ServerSettings.DATASET, AssertedViewModule.DATASET, "/dumps", SearchModule.PATH, ReconcileModule.PATH);
    /** The pages computed from the store or the ontology: resources, the ontology in every format, the dataset's description. */
    static final List<String> PAGES = List.of("/id", "/ontology", "/.well-known/void");

    private final CapacityModule.Capacity capacity;
    private final String work;
    private final List<String> paths;
    private final Semaphore total;
    /** The answers holding a place of all, by client and age; a place taken over is given back by its new holder only. */
    private final FairPlaces running;
    private final boolean sharedFairly;
    private final AtomicInteger queued = new AtomicInteger();
    private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();

    /**
     * A gate for the requests under these paths (each also with a suffix after '/' or '.'), called
     * {@code work} in its refusals; {@code sharedFairly} for work that ends in milliseconds when
     * its client reads it (pages), never for queries, whose honest answers may take seconds.
     */
    HeavyWorkGate(CapacityModule.Capacity capacity, String work, List<String> paths, boolean sharedFairly) {
        this.capacity = capacity;
        this.work = work;
        this.paths = paths;
        this.total = new Semaphore(capacity.total(), true);
        this.running = new FairPlaces(capacity.total(), capacity.perClient());
        this.sharedFairly = sharedFairly;
    }

    /** One client address's places and the requests it has in the gate, running or waiting. */
    private static final class Client {
        final Semaphore running;
        int inGate;

        Client(int places) {
            running = new Semaphore(places, true);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !passes(http)) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request);
        Client client = clients.compute(address, (k, c) -> {
            Client out = c == null ? new Client(capacity.perClient()) : c;
            out.inGate++;
            return out;
        });
        try {
            pass(address, client, http, response, chain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse((HttpServletResponse) response, "the server is stopping");
        } finally {
            clients.computeIfPresent(address, (k, c) -> --c.inGate == 0 ? null : c);
        }
    }

    private void pass(String address, Client client, HttpServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException, InterruptedException {
        HttpServletResponse http = (HttpServletResponse) response;
        long deadline = System.nanoTime() + capacity.queueWait().toNanos();
        if (!client.running.tryAcquire()) {
            if (client.running.getQueueLength() >= capacity.queuedPerClient() || queued.get() >= capacity.queuedTotal()) {
                refuse(http, "this client already has " + capacity.perClient() + " " + work + " running and "
                        + capacity.queuedPerClient() + " waiting");
                return;
            }
            if (!waitFor(client.running, deadline)) {
                refuse(http, "this client's " + work + " waited " + capacity.queueWait().toSeconds() + " s for one of its "
                        + capacity.perClient() + " places");
                return;
            }
        }
        try {
            Optional<FairPlaces.Place> place = placeOfAll(address, request, deadline);
            if (place.isEmpty()) {
                refuse(http, "all " + capacity.total() + " places for " + work + " were taken for " + capacity.queueWait().toSeconds() + " s");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                if (running.giveBack(place.get())) total.release();
            }
        } finally {
            client.running.release();
        }
    }

    /** A place of all: a free one, else one taken over (when shared fairly), else one waited for in line until the deadline. */
    private Optional<FairPlaces.Place> placeOfAll(String address, HttpServletRequest request, long deadline) throws InterruptedException {
        if (total.tryAcquire()) return Optional.of(running.hold(address, FairPlaces.connectionOf(request)));
        Optional<FairPlaces.Place> taken = sharedFairly ? running.takeOverStuck(address, FairPlaces.connectionOf(request)) : Optional.empty();
        if (taken.isPresent() || !waitFor(total, deadline)) return taken;
        return Optional.of(running.hold(address, FairPlaces.connectionOf(request)));
    }

    /** Waits in line for a place until the deadline, counted among the queued. */
    private boolean waitFor(Semaphore places, long deadline) throws InterruptedException {
        queued.incrementAndGet();
        try {
            return places.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } finally {
            queued.decrementAndGet();
        }
    }

    private boolean passes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : paths) {
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) return true;
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        PlainRefusal.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: " + why + ". Try again in "
                + RETRY_AFTER_SECONDS + " s.").retryAfter(RETRY_AFTER_SECONDS).send(response);
    }
}
