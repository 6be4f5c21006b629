package org.pactgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The graphs of a store that are not PactGraph's own ({@link OwnGraphs}), as quads: what a load
 * carries from the generation in use into the one it builds, and what a server carries over when
 * it moves to a new generation. Users' graphs are written by hand through the update and Graph
 * Store endpoints, so they are small next to the loaded ones and are held in memory.
 *
 * @param quads every quad of every user graph
 */
public record UserGraphs(List<Quad> quads) {
    public UserGraphs {
        quads = List.copyOf(quads);
    }

    /** No user graph. */
    public static final UserGraphs NONE = new UserGraphs(List.of());

    /** The user graphs of a dataset; the caller holds a transaction on it. */
    public static UserGraphs of(DatasetGraph dsg) {
        List<Quad> out = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (OwnGraphs.isUsers(g)) graphs.add(g);
        });
        for (Node g : graphs) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return new UserGraphs(out);
    }

    /**
     * Makes the dataset's user graphs exactly these: drops those it has and adds these. The
     * caller holds a write transaction.
     */
    public void replaceIn(DatasetGraph dsg) {
        List<Node> present = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (OwnGraphs.isUsers(g)) present.add(g);
        });
        present.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        quads.forEach(dsg::add);
    }

    /** The number of distinct user graphs. */
    public long graphCount() {
        return quads.stream().map(Quad::getGraph).distinct().count();
    }
}
