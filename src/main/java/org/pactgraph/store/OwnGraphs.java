package org.pactgraph.store;

import org.apache.jena.graph.Node;
import org.pactgraph.model.Iris;

/**
 * Which named graphs are PactGraph's own: everything under {@link Iris#GRAPH_BASE} but
 * {@link Iris#USER_GRAPH_BASE} (each document's graph, the reference data, the ontologies, the
 * inferred triples, and whatever graph PactGraph adds there later). Only a load writes them, and
 * it replaces them at will. Every other graph belongs to the store's users: writers may create,
 * replace and drop it through the server, and a load, full or incremental, and a switch of
 * generation carry it over unchanged. One own graph is carried too: the reviewers' decisions
 * ({@link Iris#DECISIONS_GRAPH}), which only the review queue writes and no load may lose. This is
 * the one place that rule is written.
 */
public final class OwnGraphs {
    private OwnGraphs() {}

    /** True for a graph only a load writes; false for a user's graph. */
    public static boolean isOwn(String graphIri) {
        return graphIri.startsWith(Iris.GRAPH_BASE) && !isUserNamed(graphIri);
    }

    /** True for a graph named under {@link Iris#USER_GRAPH_BASE} (not that prefix alone). */
    public static boolean isUserNamed(String graphIri) {
        return graphIri.startsWith(Iris.USER_GRAPH_BASE) && graphIri.length() > Iris.USER_GRAPH_BASE.length();
    }

    /** True for a named graph that every load and every switch of generation carries over: a user's, or the decisions. */
    public static boolean isCarried(Node graph) {
        return isUsers(graph) || (graph != null && graph.isURI() && graph.getURI().equals(Iris.DECISIONS_GRAPH));
    }

    /** True for a named graph that belongs to a user. */
    public static boolean isUsers(Node graph) {
        return graph != null && graph.isURI() && !isOwn(graph.getURI());
    }
}
