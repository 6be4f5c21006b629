package org.pactgraph.store;

import org.apache.jena.graph.Node;
import org.pactgraph.model.Iris;

/**
 * Which named graphs are PactGraph's own: those a load builds from {@code data/} and
 * {@code ontology/} and replaces at will (each document's graph, the reference data, the
 * ontologies, the inferred triples). Every other graph belongs to the store's users: a load,
 * full or incremental, and a switch of generation carry it over unchanged.
 */
public final class OwnGraphs {
    private OwnGraphs() {}

    /** True for a graph a load builds; false for a user's graph (and for the default graph, which is no graph). */
    public static boolean isOwn(String graphIri) {
        return graphIri.startsWith(Iris.DOCUMENT_GRAPH_BASE) || graphIri.equals(Iris.REFERENCE_GRAPH)
                || graphIri.equals(Iris.ONTOLOGY_GRAPH) || graphIri.equals(Iris.INFERRED_GRAPH);
    }

    /** True for a named graph that belongs to a user. */
    public static boolean isUsers(Node graph) {
        return graph != null && graph.isURI() && !isOwn(graph.getURI());
    }
}
