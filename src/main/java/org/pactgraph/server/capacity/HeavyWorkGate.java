package org.pactgraph.server.capacity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;
import org.pactgraph.server.http.ClientAddress;
import org.pactgraph.server.http.PlainRefusal;
import org.pactgraph.server.reconcile.ReconcileModule;
import org.pactgraph.server.search.SearchModule;

/**
 * The gate of {@link CapacityModule}. A heavy request takes a place of its client (by remote
 * address), then a place in all, waiting in line (first come, first served) for each while the
 * queue has room and the wait is under the bound; otherwise it is answered 503 with
 * {@code Retry-After} and a one-line reason. The places are given back when the answer is done.
 */
final class HeavyWorkGate implements Filter {
    /** Seconds a refused client is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** The datasets' endpoints (queries, updates, Graph Store, explanations), the dumps, entity search and reconciliation. */
    private static final String[] HEAVY = {ServerSettings.DATASET, AssertedViewModule.DATASET, "/dumps", SearchModule.PATH, ReconcileModule.PATH};

    private final CapacityModule.Capacity capacity;
    private final Semaphore total;
    private final AtomicInteger queued = new AtomicInteger();
    private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();

    HeavyWorkGate(CapacityModule.Capacity capacity) {
        this.capacity = capacity;
        this.total = new Semaphore(capacity.total(), true);
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
        if (!(request instanceof HttpServletRequest http) || !isHeavy(http)) {
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
            pass(client, request, response, chain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse((HttpServletResponse) response, "the server is stopping");
        } finally {
            clients.computeIfPresent(address, (k, c) -> --c.inGate == 0 ? null : c);
        }
    }

    private void pass(Client client, ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException, InterruptedException {
        HttpServletResponse http = (HttpServletResponse) response;
        long deadline = System.nanoTime() + capacity.queueWait().toNanos();
        if (!client.running.tryAcquire()) {
            if (client.running.getQueueLength() >= capacity.queuedPerClient() || queued.get() >= capacity.queuedTotal()) {
                refuse(http, "this client already has " + capacity.perClient() + " queries running and "
                        + capacity.queuedPerClient() + " waiting");
                return;
            }
            if (!waitFor(client.running, deadline)) {
                refuse(http, "this client's queries waited " + capacity.queueWait().toSeconds() + " s for one of its "
                        + capacity.perClient() + " places");
                return;
            }
        }
        try {
            if (!total.tryAcquire() && !waitFor(total, deadline)) {
                refuse(http, "all " + capacity.total() + " places for queries were taken for " + capacity.queueWait().toSeconds() + " s");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                total.release();
            }
        } finally {
            client.running.release();
        }
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

    private static boolean isHeavy(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : HEAVY) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) return true;
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        PlainRefusal.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: " + why + ". Try again in "
                + RETRY_AFTER_SECONDS + " s.").retryAfter(RETRY_AFTER_SECONDS).send(response);
    }
}
