package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.security.Role;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.server.security.WriteScope;

/**
 * Lost-update protection for the Graph Store read-write endpoint: a writer's PUT, POST or DELETE
 * that sends {@code If-Match}, {@code If-None-Match} or {@code If-Unmodified-Since} is answered
 * 412, the store untouched, when the precondition fails against the store's state
 * ({@link StoreVersion}) or the graph's existence. They were ignored, and a client that PUT back
 * a graph it had read overwrote whatever another writer had put there meanwhile.
 *
 * <p>The tags of store documents name a state of the whole store ({@code W/"STATE-VARIANT"});
 * they are weak because two answers from one state need not be the same bytes, while a write's
 * question is whether the state is still the one its client read, which the state part answers
 * exactly. A write's {@code If-Match} therefore holds when a listed tag's state part is the current
 * state, weak or not (RFC 9110 asks strong comparison of bytes, which would make every tag this
 * server gives useless to a writer), or for {@code *} when the graph holds triples. The state
 * moves on with every write to any graph, so a write may be refused for a change to another
 * graph: a false conflict, never a lost update.
 *
 * <p>Every writer's write request to the dataset runs one at a time here, from the check to the
 * state moving on, so that no other write can come between a precondition and the write it
 * guards. The store takes one writer at a time anyway; how long and how many writes wait for
 * their turn is bounded ({@link WriteTurns}), so that waiting writers cannot hold server threads.
 * The turn is taken once the request's body has been received within the body limits (this
 * filter stands after them, {@link HttpModule#writesAfterTheirBodies()}): before, a writer
 * uploading at the minimum rate held the turn for up to the 120 s deadline of an RDF body while
 * every other write waited and was refused. A failed precondition is also answered before the
 * body is read ({@link ConditionalGets}), since it needs none of it; it is checked again in the turn.
 *
 * <p>Any other request that is not a GET may have changed the store when it succeeds, and moves
 * the state on ({@link #mayHaveWritten}).
 */
final class GraphStoreWrites implements Filter {
    private static final String ENDPOINT = ServerSettings.DATASET + "/" + SecurityModule.DATA;

    private final StoreVersion version;
    private final DatasetGraph store;
    private final WriteTurns turns = new WriteTurns();

    GraphStoreWrites(StoreVersion version, DatasetGraph store) {
        this.version = version;
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        if (!byWriter(request)) {
            written(request, response, chain);
            return;
        }
        Optional<PlainRefusal> refused = turns.take(ClientAddress.of(request));
        if (refused.isPresent()) {
            refused.get().send(response);
            return;
        }
        try {
            Optional<PlainRefusal> failed = failedPrecondition(request);
            if (failed.isPresent()) {
                failed.get().send(response);
                return;
            }
            written(request, response, chain);
        } finally {
            turns.end();
        }
    }

    /** Runs the request, then moves the store's state on when it succeeded and may have written. */
    private void written(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response);
        if (response.getStatus() < 300 && mayHaveWritten(request)) version.written();
    }

    /**
     * The 412 for a writer's Graph Store write whose precondition fails now, or nothing: asked
     * before its body is read, and again in its turn.
     */
    Optional<PlainRefusal> failedPrecondition(HttpServletRequest request) {
        String failure = byWriter(request) && request.getRequestURI().equals(ENDPOINT) ? failure(request) : null;
        return failure == null ? Optional.empty() : Optional.of(PlainRefusal.of(HttpServletResponse.SC_PRECONDITION_FAILED,
                "The precondition failed, and nothing was written: " + failure + "."));
    }

    /** A write a signed-in writer sends to the dataset's endpoints (queries excepted), which may change the store. */
    private static boolean byWriter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !request.getMethod().equals("OPTIONS") && DatasetEndpoint.onWritableDataset(path)
                && DatasetEndpoint.of(path) != DatasetEndpoint.QUERY && request.isUserInRole(Role.WRITE.word());
    }

    /**
     * Whether a request that succeeded may have changed the store: anything but OPTIONS and a
     * query, at a query endpoint or posted to the dataset itself. Asked once the request is
     * answered, when its form, if any, has been read.
     */
    private static boolean mayHaveWritten(HttpServletRequest request) {
        DatasetEndpoint endpoint = DatasetEndpoint.of(request.getRequestURI());
        if (request.getMethod().equals("OPTIONS") || endpoint == DatasetEndpoint.QUERY) return false;
        // At the update and Graph Store endpoints every success may have written, whatever its parameters say.
        if (endpoint == DatasetEndpoint.UPDATE || endpoint == DatasetEndpoint.GRAPH_STORE) return true;
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query")) return false;
        return request.getParameter("query") == null;
    }

    /** RFC 9110's order for a write: If-Match, else If-Unmodified-Since; then If-None-Match. Null when all hold. */
    private String failure(HttpServletRequest request) {
        StoreVersion.State state = version.current();
        String match = request.getHeader("If-Match");
        if (match != null && !listed(match, state, request)) {
            return "If-Match " + match + " names no current state of the store, which is now " + state.token() + " (or, for *,"
                    + " the graph holds no triples): the store has changed since that tag was given. Read the graph again,"
                    + " apply your change to it and send it with the new tag";
        }
        if (match == null) {
            long since = dateHeader(request, "If-Unmodified-Since");
            // A date has whole seconds: a state that began in the date's second after another one did
            // may be a later write than the one the client read, so that is refused too (a false conflict, never a lost update).
            long stateSecond = state.since().toEpochMilli() / 1000;
            if (since >= 0 && (stateSecond > since / 1000 || (stateSecond == since / 1000 && !state.firstInItsSecond()))) {
                return "the store has changed since " + Instant.ofEpochMilli(since) + ", at " + state.since()
                        + ". Read the graph again, apply your change to it and send it again";
            }
        }
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null && listed(noneMatch, state, request)) {
            return "If-None-Match " + noneMatch + " holds: the graph already holds triples (*), or the store is still in the"
                    + " state " + state.token() + " that a listed tag names";
        }
        return null;
    }

    /** Whether a header's list holds {@code *} while the graph exists, or a tag, weak or not, of the current state. */
    private boolean listed(String header, StoreVersion.State state, HttpServletRequest request) {
        for (String t : header.split(",")) {
            String tag = t.trim();
            if (tag.equals("*") ? exists(request) : state.token().equals(stateOf(tag))) return true;
        }
        return false;
    }

    /** The state part of a tag this server gave, {@code W/"STATE-VARIANT"}; the state holds no '-'. */
    static String stateOf(String tag) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) return null;
        String inner = opaque.substring(1, opaque.length() - 1);
        int dash = inner.indexOf('-');
        return dash < 0 ? inner : inner.substring(0, dash);
    }

    /**
     * Whether the graph the write's URL names holds triples: {@code ?graph=}, or {@code ?default}, the
     * writers' default graph; a POST naming neither creates a new graph, which does not exist yet.
     */
    private boolean exists(HttpServletRequest request) {
        // From the URL alone: a form's fields would be read here before the body limits (its deadline, size and encoding).
        String graph = QueryParameters.first(request, "graph");
        if (graph == null && QueryParameters.first(request, "default") != null) graph = WriteScope.DEFAULT_USER_GRAPH;
        if (graph == null) return false;
        String iri = graph;
        return Txn.calculateRead(store, () -> store.containsGraph(NodeFactory.createURI(iri)));
    }

    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1; // not a date: ignored, as RFC 9110 says
        }
    }

}
