package org.pactgraph.server.security;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Fuseki's Graph Store Protocol with writes limited to user graphs ({@link WriteScope}): PUT,
 * POST and DELETE must name a graph under {@link WriteScope#USER_GRAPH_BASE} with
 * {@code ?graph=}; reads are as in Fuseki.
 */
final class CheckedGraphStore extends GSP_RW {
    @Override
    protected void doPut(HttpAction action) {
        check(action);
        super.doPut(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        check(action);
        super.doPost(action);
    }

    @Override
    protected void doDelete(HttpAction action) {
        check(action);
        super.doDelete(action);
    }

    private static void check(HttpAction action) {
        String graph = action.getRequestParameter("graph");
        if (graph == null) {
            ServletOps.errorForbidden("Graph Store writes must name a graph with ?graph=" + WriteScope.USER_GRAPH_BASE
                    + "NAME: the default graph and the loaded graphs do not change");
        } else if (!WriteScope.isUserGraph(graph)) {
            ServletOps.errorForbidden("Writing <" + graph + "> is refused: only graphs under <"
                    + WriteScope.USER_GRAPH_BASE + "> may change");
        }
    }
}
