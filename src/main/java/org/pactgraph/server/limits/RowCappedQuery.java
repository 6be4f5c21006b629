package org.pactgraph.server.limits;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query over the dataset, with a cap on result rows for requests without
 * credentials: their SELECT gets {@code LIMIT cap} unless it asks for fewer. The response then
 * carries the header {@value #HEADER} with the cap, so that a client can tell a capped answer.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    /** The response header naming the cap applied to this answer. */
    static final String HEADER = "PactGraph-Row-Limit";

    private final int cap;

    RowCappedQuery(int cap) {
        this.cap = cap;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() == null ? query : chosen.getRight();
        if (cap == 0 || !q.isSelectType() || (q.hasLimit() && q.getLimit() <= cap) || action.getUser() != null) {
            return chosen;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        action.setResponseHeader(HEADER, Integer.toString(cap));
        return Pair.create(chosen.getLeft(), capped);
    }
}
