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

    /** Notes a query started on this thread. */
    QueryExec started(QueryExec exec) {
        running.add(exec);
        onThisThread.set(exec);
        return exec;
    }

    /** Forgets the query this thread started, if any. */
    void endedOnThisThread() {
        QueryExec exec = onThisThread.get();
        if (exec != null) running.remove(exec);
        onThisThread.remove();
    }

    /** Cancels every running query; each ends with {@code QueryCancelledException} at its next check. */
    void cancelAll() {
        for (QueryExec exec : running) exec.abort();
    }
}
