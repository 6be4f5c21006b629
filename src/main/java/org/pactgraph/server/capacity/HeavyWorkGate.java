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
import org.eclipse.jetty.io.EndPoint;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;
import org.pactgraph.server.http.ClientAddress;
import org.pactgraph.server.http.FairPlaces;
import org.pactgraph.server.http.PlainRefusal;
import org.pactgraph.server.reconcile.ReconcileModule;
import org.pactgraph.server.search.SearchModule;

/**
 * A gate of {@link CapacityModule}. A request under one of its paths takes a place, at most
 * {@code perClient} of its client (by remote address) at once, waiting in a line taken in turn by
 * address ({@link LineInTurns}) while the line has room and the wait is under the bound; otherwise
 * it is answered 503 with {@code Retry-After} and a one-line reason that names the bound. The
 * place is given back when the answer is done.
 * A gate that shares its places fairly has a request that finds all of them held end an answer
 * another client has left unread for a second ({@link FairPlaces}), whose place then goes to
 * whoever's turn it is: without it, 250 addresses pipelining pages they did not read kept every
 * place and the line full, and another client's page waited 16 to 20 s or was refused (round 17).
 * Every refusal closes the connection, so a client pipelining requests behind a refused one
 * reconnects rather than being answered 503 for each (2,600 refusals a second under round 18's attack otherwise).
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
    /** The places and the line, taken in turn by address. */
    private final LineInTurns line;
    /** The answers holding a place, by client and age, whose stuck ones a newcomer may have ended. */
    private final FairPlaces running;
    private final boolean sharedFairly;

    /**
     * A gate for the requests under these paths (each also with a suffix after '/' or '.'), called
     * {@code work} in its refusals; {@code sharedFairly} for work that ends in milliseconds when
     * its client reads it (pages), never for queries, whose honest answers may take seconds.
     */
    HeavyWorkGate(CapacityModule.Capacity capacity, String work, List<String> paths, boolean sharedFairly) {
        this.capacity = capacity;
        this.work = work;
        this.paths = paths;
        this.line = new LineInTurns(capacity.total(), capacity.perClient(), capacity.queuedPerClient(), capacity.queuedTotal());
        this.running = new FairPlaces(capacity.total(), capacity.perClient());
        this.sharedFairly = sharedFairly;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !passes(http)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        String address = ClientAddress.of(request);
        EndPoint connection = FairPlaces.connectionOf(http);
        Runnable allHeld = () -> {
            if (sharedFairly) running.endStuck(address);
        };
        LineInTurns.Refusal refusal = line.enter(address, System.nanoTime() + capacity.queueWait().toNanos(), allHeld);
        if (refusal != null) {
            refuse(answer, why(refusal));
            return;
        }
        FairPlaces.Place place = running.hold(address, connection);
        try {
            chain.doFilter(request, response);
        } finally {
            running.giveBack(place);
            line.leave(address);
        }
    }

    private String why(LineInTurns.Refusal refusal) {
        String bound = "the line for " + work + " is full (" + capacity.queuedTotal() + " waiting, the most it holds)";
        return switch (refusal) {
            case CLIENT_LINE_FULL -> "this client already has " + capacity.perClient() + " " + work + " running and "
                    + capacity.queuedPerClient() + " waiting";
            case LINE_FULL -> bound + ", and every client in it has waited longer for its turn than this one";
            case PUSHED_OUT -> bound + ", and a client whose turn came before this one's took its place in it";
            case WAITED -> "all " + capacity.total() + " places for " + work + " were taken for " + capacity.queueWait().toSeconds()
                    + " s while this request waited for its turn";
        };
    }

    /**
     * Whether the request is for one of the gate's paths, as the servlets see it: decoded, without
     * dot segments or path parameters. The path as sent let {@code /%73earch}, {@code /reconcil%65},
     * {@code /%69d/...}, {@code /id;x/...}, {@code /x/../id/...} and {@code /.well-known/%76oid} be
     * answered by their servlets without passing the gate (round 18's review).
     */
    private boolean passes(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        for (String prefix : paths) {
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) return true;
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        PlainRefusal.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: " + why + ". Try again in "
                + RETRY_AFTER_SECONDS + " s.").retryAfter(RETRY_AFTER_SECONDS).closing().send(response);
    }
}
