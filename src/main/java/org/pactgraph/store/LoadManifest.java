package org.pactgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pactgraph.model.Iris;

/**
 * What a load wrote into a remote store, kept there as a small graph: the names of the graphs
 * it wrote and the load's metadata (the same keys the local store keeps in a file beside its
 * database). The next load reads it to know which graphs to drop.
 *
 * @param graphs the named graphs of the load
 * @param metadata the load's metadata
 */
record LoadManifest(List<String> graphs, Map<String, String> metadata) {
    /** The graph that holds the manifest. */
    static final String GRAPH = Iris.GRAPH_BASE + "load";
    /** Namespace of the manifest's properties; they are PactGraph's bookkeeping, not part of its ontology. */
    static final String NS = "https://w3id.org/pactgraph/load#";
    private static final Node SUBJECT = NodeFactory.createURI(GRAPH);
    private static final Node HAS_GRAPH = NodeFactory.createURI(NS + "graph");

    /** The manifest in the graph, or an empty one when there is no graph. */
    static LoadManifest of(Graph graph) {
        if (graph == null) return new LoadManifest(List.of(), Map.of());
        List<String> graphs = new ArrayList<>();
        Map<String, String> metadata = new TreeMap<>();
        graph.find(SUBJECT, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(HAS_GRAPH) && t.getObject().isURI()) {
                graphs.add(t.getObject().getURI());
            } else if (t.getPredicate().getURI().startsWith(NS) && t.getObject().isLiteral()) {
                metadata.put(t.getPredicate().getURI().substring(NS.length()), t.getObject().getLiteralLexicalForm());
            }
        });
        graphs.sort(null);
        return new LoadManifest(List.copyOf(graphs), Map.copyOf(metadata));
    }

    /** The manifest of a load as a graph. */
    static Graph graph(Map<String, String> metadata, List<Node> graphs) {
        Graph g = GraphFactory.createDefaultGraph();
        new TreeMap<>(metadata).forEach((k, v) -> g.add(SUBJECT, NodeFactory.createURI(NS + k), NodeFactory.createLiteralString(v)));
        graphs.forEach(name -> g.add(SUBJECT, HAS_GRAPH, name));
        return g;
    }
}
