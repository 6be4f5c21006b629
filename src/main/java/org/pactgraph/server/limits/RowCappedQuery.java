package org.pactgraph.server.limits;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query over the dataset, with a cap on result rows for requests without
 * credentials: their SELECT gets {@code LIMIT cap} unless it asks for fewer. The response then
 * carries the header {@value #HEADER} with the cap, so that a client can tell a capped answer.
 * Unless allowed, a query with {@code SERVICE} is refused with 403 before it runs ({@link ServiceCalls}). Each query
 * is known to {@link RunningQueries} while it runs, so that stopping the server cancels it; a
 * query larger or deeper than {@link QueryShape} takes is refused before Fuseki parses it; one
 * stopped by a bound of the server ({@link QueryRefused}) is answered with that bound's status and message.
 * A query ARQ cannot build an evaluation for once it runs (a property function given arguments it
 * does not take, such as {@code apf:strSplit} with a list as subject; a function with the wrong
 * number of arguments), or whose arguments a property function refuses as it runs
 * ({@code apf:str} with both sides unbound), is the client's error: 400 with ARQ's reason on one
 * line, where Fuseki answered 500 and logged a stack trace (round 17). Other failures, and ARQ's
 * other {@link QueryExecException}s (a closed execution, an unknown operator), stay the server's.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    /** The response header naming the cap applied to this answer. */
    static final String HEADER = "PactGraph-Row-Limit";

    private final int cap;
    private final boolean allowService;
    private final RunningQueries running;

    RowCappedQuery(int cap, boolean allowService, RunningQueries running) {
        this.cap = cap;
        this.allowService = allowService;
        this.running = running;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            QueryShape.check(queryString);
            super.execute(queryString, action);
        } catch (QueryRefused refused) {
            throw new ActionErrorException(refused.status(), refused.getMessage(), null);
        } catch (QueryBuildException cannotBuild) {
            throw notEvaluable(cannotBuild);
        } catch (QueryExecException failed) {
            if (failed instanceof QueryCancelledException || !raisedByAPropertyFunction(failed)) throw failed;
            throw notEvaluable(failed);
        } finally {
            running.endedOnThisThread();
        }
    }

    private static ActionErrorException notEvaluable(RuntimeException e) {
        String reason = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        return new ActionErrorException(400, "This query cannot be evaluated: " + reason + ".", null);
    }

    /** Whether ARQ's property functions raised it, checking their arguments: the only place they fail. */
    private static boolean raisedByAPropertyFunction(QueryExecException e) {
        StackTraceElement[] at = e.getStackTrace();
        return at.length > 0 && at[0].getClassName().startsWith("org.apache.jena.sparql.pfunction.");
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return running.started(super.createQueryExec(action, query, dataset));
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() == null ? query : chosen.getRight();
        if (!allowService) ServiceCalls.refuseIn(q);
        if (cap == 0 || !q.isSelectType() || (q.hasLimit() && q.getLimit() <= cap) || action.getUser() != null) {
            return chosen;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        action.setResponseHeader(HEADER, Integer.toString(cap));
        return Pair.create(chosen.getLeft(), capped);
    }
}
