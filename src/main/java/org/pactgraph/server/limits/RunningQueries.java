package org.pactgraph.server.limits;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The queries the server is running, so that stopping the server cancels them: without this a
 * query keeps its thread, and the server's shutdown waits for it, until its timeout or longer.
 */
final class RunningQueries {
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<QueryExec> onThisThread = new ThreadLocal<>();
    /** Set once the server stops: a query that starts after that (one that waited for a place) is cancelled at once. */
    private volatile boolean stopping;

    /** Notes a query started on this thread; once the server is stopping, cancels it at once. */
    QueryExec started(QueryExec exec) {
        running.add(exec);
        onThisThread.set(exec);
        // Added before the flag is read, and cancelAll sets the flag before it walks the set: one of the two sees it.
        if (stopping) exec.abort();
        return exec;
    }

    /** Forgets the query this thread started, if any. */
    void endedOnThisThread() {
        QueryExec exec = onThisThread.get();
        if (exec != null) running.remove(exec);
        onThisThread.remove();
    }

    /**
     * Cancels every running query and every query that starts from now on; each ends with
     * {@code QueryCancelledException} at its next check.
     */
    void cancelAll() {
        stopping = true;
        for (QueryExec exec : running) exec.abort();
    }
}
